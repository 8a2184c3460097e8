import { roundStateZh } from '@jicai/domain';
import { isAfterBidding, type RoundState } from '@jicai/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { AppError, notFound } from '../http/app-error.js';
import { readAttachGate } from './technical-files.repository.js';

export interface AttachGate {
  readonly now: Date;
  readonly publicKey: Buffer;
  readonly productId: string;
  readonly bidId: string;
}

/**
 * A company attaches or removes files of its own live bid in a dual-envelope round, while bidding is
 * open and before the deadline on the round's clock (jicai_round_now): the rules of the bid itself.
 */
export async function requireAttachable(
  trx: Transaction<Database>,
  a: { roundId: string; companyId: string; productCode: string },
): Promise<AttachGate> {
  const g = await readAttachGate(trx, a);
  if (!g || !g.published) throw notFound('round');
  if (!g.dual)
    throw new AppError('INVALID_STATE', {
      en: 'only dual-envelope rounds take technical files',
      zh: '只有双信封轮次才接收技术文件',
    });
  const state = g.state as RoundState;
  const databaseTime = g.now.toISOString();
  if (isAfterBidding(state) || (state === 'bidding-open' && !g.before_deadline))
    throw new AppError(
      'DEADLINE_PASSED',
      {
        en: `bidding has closed; the database time is ${databaseTime}`,
        zh: `投标已截止；数据库时间为 ${databaseTime}`,
      },
      [],
      { databaseTime },
    );
  if (state !== 'bidding-open' || !g.public_key)
    throw new AppError(
      'INVALID_STATE',
      {
        en: `technical files are taken while bidding is open (the round is ${state})`,
        zh: `仅在投标开放期间接收技术文件（当前批次状态：${roundStateZh(state)}）`,
      },
      [],
      { state, databaseTime },
    );
  if (!g.product_id)
    throw notFound(`product ${a.productCode} of this round`, `本轮次的产品 ${a.productCode}`);
  if (!g.bid_id || g.withdrawn)
    throw notFound(`your bid for product ${a.productCode}`, `贵企业对产品 ${a.productCode} 的报价`);
  return { now: g.now, publicKey: g.public_key, productId: g.product_id, bidId: g.bid_id };
}
