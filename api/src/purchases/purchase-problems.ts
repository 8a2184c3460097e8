import { AppError, invalid, notFound } from '../http/app-error.js';
import type { AgreementLineRow } from './orders.repository.js';

export const orderNotFound = () => notFound('order', '该订单');
export const deliveryNotFound = () => notFound('delivery', '该配送记录');

/** Why the hospital may not order the product now: no agreement, unsigned, outside its cycle, ended. */
export function inactiveLine(productCode: string, line: AgreementLineRow | undefined): AppError {
  const why = line?.activity ?? 'none';
  const text: Record<typeof why, { en: string; zh: string }> = {
    none: {
      en: `your hospital has no purchase agreement for ${productCode} in this round`,
      zh: `本院在本轮次没有 ${productCode} 的购销协议`,
    },
    unsigned: {
      en: `the purchase agreement for ${productCode} is not yet signed by both parties`,
      zh: `${productCode} 的购销协议尚未经双方签署`,
    },
    'before-cycle': {
      en: `the agreement’s purchasing cycle for ${productCode} starts on ${line?.cycle_start}`,
      zh: `${productCode} 的协议采购周期自 ${line?.cycle_start} 起`,
    },
    'after-cycle': {
      en: `the agreement’s purchasing cycle for ${productCode} ended on ${line?.cycle_end}`,
      zh: `${productCode} 的协议采购周期已于 ${line?.cycle_end} 结束`,
    },
    ended: {
      en: `the agreement line for ${productCode} has ended: its supplier was replaced by the backup`,
      zh: `${productCode} 的协议已终止：已由备供企业接续供应`,
    },
    active: { en: 'active', zh: '有效' },
  };
  const { en, zh } = text[why];
  return new AppError(
    'INVALID_STATE',
    { en: `no active agreement: ${en}`, zh: `没有有效的购销协议：${zh}` },
    [{ path: 'productCode', message: en, messageZh: zh }],
    { agreementState: why },
  );
}

export const wrongPrice = (sent: string, awarded: string) =>
  invalid(
    'packPrice',
    `an order is always at the awarded price ${awarded} a pack, not ${sent}: leave the price out`,
    `订单一律按中选价 ${awarded} 元/盒采购，不能按 ${sent}：请不要填写价格`,
  );
