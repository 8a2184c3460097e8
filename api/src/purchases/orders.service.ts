import { Dec, priceOrder } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import type { Actor } from '../auth/roles.js';
import { isUniqueViolation } from '../db/pg-errors.js';
import { AppError, invalid, notFound } from '../http/app-error.js';
import { mapPage, wholeList, type Page } from '../http/list.js';
import { findDeliveryCounts } from './deliveries.repository.js';
import { toOrderableLineView, toOrderView } from './purchases.mapper.js';
import { inactiveLine, orderNotFound, wrongPrice } from './purchase-problems.js';
import { orderScopeOf, readRound } from './purchase-scope.js';
import * as repo from './orders.repository.js';
import type { OrderFilter } from './orders.repository.js';

export interface PlaceOrderInput {
  readonly productCode: string;
  readonly agreementId?: string | undefined;
  readonly packs: number;
  readonly externalRef?: string | undefined;
  readonly packPrice?: string | undefined;
}

/** The hospital's agreement lines of the round: what it may order, at what price, how much is used. */
export async function orderableLines(deps: AppDeps, actor: Actor, roundId: string) {
  await readRound(deps, actor, roundId);
  const lines = await repo.findAgreementLines(deps.db, roundId, actor.organisationId);
  return wholeList(lines.map(toOrderableLineView));
}

/**
 * A hospital orders a product under its active agreement: always at the line's awarded pack price
 * (a price sent that differs is refused), beyond the agreed volume too, marked `overAgreed`.
 */
export async function placeOrder(deps: AppDeps, actor: Actor, roundId: string, input: PlaceOrderInput) {
  await readRound(deps, actor, roundId);
  const hospitalId = actor.organisationId;
  const product = await repo.findProductByCode(deps.db, roundId, input.productCode);
  if (!product) throw notFound('product');
  const orderId = await deps.db.transaction().execute(async (trx) => {
    const all = await repo.findAgreementLines(trx, roundId, hospitalId, product.id);
    const lines = input.agreementId ? all.filter((l) => l.agreement_id === input.agreementId) : all;
    const active = lines.filter(repo.lineIsActive);
    if (active.length === 0) throw inactiveLine(input.productCode, lines[0]);
    if (active.length > 1)
      throw invalid(
        'agreementId',
        'two active agreements cover this product: name the agreement to order under',
        '该产品有两份有效购销协议：请指明按哪一份协议采购',
      );
    const line = active[0] as repo.AgreementLineRow;
    await repo.lockAgreementLine(trx, line.agreement_id, line.product_id);
    // read again under the lock: orders placed meanwhile count towards the agreed volume
    const [locked] = (await repo.findAgreementLines(trx, roundId, hospitalId, product.id)).filter(
      (l) => l.agreement_id === line.agreement_id,
    );
    const current = locked ?? line;
    const price = new Dec(current.pack_price);
    if (input.packPrice !== undefined && !samePrice(input.packPrice, price))
      throw wrongPrice(input.packPrice, current.pack_price);
    if (input.externalRef && (await repo.findOrderByExternalRef(trx, hospitalId, input.externalRef)))
      throw duplicateRef(input.externalRef);
    const priced = priceOrder(
      price,
      current.units_per_pack,
      input.packs,
      BigInt(current.used_units),
      BigInt(current.agreed_volume),
    );
    const region = actor.regionCode ?? (await repo.findHospitalRegion(trx, hospitalId))?.region_code;
    if (!region)
      throw new AppError('INVALID_STATE', { en: 'your hospital has no region', zh: '本机构未设置所属地区' });
    const id = await repo
      .insertOrder(trx, {
        roundId,
        hospitalId,
        regionCode: region,
        productId: current.product_id,
        companyId: current.company_id,
        agreementId: current.agreement_id,
        specCode: current.spec_code,
        packs: input.packs,
        units: priced.units.toString(),
        packPrice: current.pack_price,
        amount: priced.amount.toFixed(Math.max(2, price.decimalPlaces())),
        overAgreed: priced.overAgreed,
        externalRef: input.externalRef ?? null,
        userId: actor.userId,
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'purchase_external_ref') && input.externalRef)
          throw duplicateRef(input.externalRef);
        throw error;
      });
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'order.placed',
      subject: `order:${id}`,
      payload: {
        hospitalId,
        companyId: current.company_id,
        agreementId: current.agreement_id,
        productId: current.product_id,
        packs: input.packs,
        units: priced.units.toString(),
        packPrice: current.pack_price,
        overAgreed: priced.overAgreed,
      },
    });
    return id;
  });
  return getOrder(deps, actor, roundId, orderId);
}

function samePrice(sent: string, awarded: Dec): boolean {
  try {
    return new Dec(sent.trim()).equals(awarded);
  } catch {
    return false;
  }
}

const duplicateRef = (ref: string) =>
  new AppError(
    'CONFLICT',
    {
      en: `order number ${ref} is already used by another order of your hospital`,
      zh: `订单号 ${ref} 已被本院其他订单使用`,
    },
    [{ path: 'externalRef', message: 'already used', messageZh: '订单号已使用' }],
  );

export async function listOrders(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  filter: OrderFilter,
  page: Page,
) {
  await readRound(deps, actor, roundId);
  return mapPage(await repo.pageOrders(deps.db, roundId, orderScopeOf(actor), filter, page), toOrderView);
}

export async function getOrder(deps: AppDeps, actor: Actor, roundId: string, orderId: string) {
  await readRound(deps, actor, roundId);
  const row = await repo.findScopedOrder(deps.db, roundId, orderId, orderScopeOf(actor));
  if (!row) throw orderNotFound();
  return toOrderView(row);
}

const wrongStatus = (what: { en: string; zh: string }, status: string) =>
  new AppError('INVALID_STATE', what, [], { orderStatus: status });

/** The company confirms an order it is to fill (confirmed_at: the start of its response time). */
export async function confirmOrder(deps: AppDeps, actor: Actor, roundId: string, orderId: string) {
  await readRound(deps, actor, roundId);
  const scope = orderScopeOf(actor);
  await deps.db.transaction().execute(async (trx) => {
    const order = await repo.findScopedOrder(trx, roundId, orderId, scope);
    if (!order) throw orderNotFound();
    await repo.lockOrder(trx, orderId);
    const current = (await repo.findScopedOrder(trx, roundId, orderId, scope)) as repo.OrderRow;
    if (current.status !== 'ordered') {
      if (current.status !== 'cancelled') return; // confirmed already: nothing changes
      throw wrongStatus(
        { en: 'the hospital cancelled this order', zh: '医疗机构已取消该订单' },
        current.status,
      );
    }
    await repo.confirmOrder(trx, orderId);
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'order.confirmed',
      subject: `order:${orderId}`,
      payload: { companyId: current.company_id, hospitalId: current.hospital_id },
    });
  });
  return getOrder(deps, actor, roundId, orderId);
}

/** The hospital cancels its order, with a reason, as long as nothing was delivered on it. */
export async function cancelOrder(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  orderId: string,
  reason: string,
) {
  await readRound(deps, actor, roundId);
  const scope = orderScopeOf(actor);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.findScopedOrder(trx, roundId, orderId, scope))) throw orderNotFound();
    await repo.lockOrder(trx, orderId);
    const current = (await repo.findScopedOrder(trx, roundId, orderId, scope)) as repo.OrderRow;
    if (current.status === 'cancelled') return;
    if (current.status !== 'ordered' && current.status !== 'confirmed')
      throw wrongStatus(
        {
          en: 'goods were delivered on this order: it can no longer be cancelled',
          zh: '该订单已有配送，不能再取消',
        },
        current.status,
      );
    if ((await findDeliveryCounts(trx, orderId)).length > 0)
      throw wrongStatus(
        {
          en: 'goods were delivered on this order: it can no longer be cancelled',
          zh: '该订单已有配送，不能再取消',
        },
        current.status,
      );
    await repo.cancelOrder(trx, orderId, actor.userId, reason);
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'order.cancelled',
      subject: `order:${orderId}`,
      payload: { hospitalId: current.hospital_id, companyId: current.company_id, reason },
    });
  });
  return getOrder(deps, actor, roundId, orderId);
}
