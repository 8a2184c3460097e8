import { fulfilmentStatus, packsToDeliver } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import type { Actor } from '../auth/roles.js';
import { AppError, invalid } from '../http/app-error.js';
import { mapPage, type Page } from '../http/list.js';
import * as repo from './deliveries.repository.js';
import { findScopedOrder, lockOrder, setOrderStatus, type OrderRow } from './orders.repository.js';
import { deliveryNotFound, orderNotFound } from './purchase-problems.js';
import { orderScopeOf, readRound } from './purchase-scope.js';
import { toDeliveryView } from './purchases.mapper.js';

export interface DeliveryInput {
  readonly batchNo: string;
  readonly expiryOn?: string | undefined;
  readonly packs: number;
  readonly deliveredOn: string;
  readonly distributorId?: string | undefined;
}

/**
 * The company records a delivery (配送) of a confirmed order, by itself or naming its distributor:
 * batch, expiry, packs — never more than the packs still to deliver — and the day it arrived.
 */
export async function recordDelivery(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  orderId: string,
  input: DeliveryInput,
) {
  await readRound(deps, actor, roundId);
  const scope = orderScopeOf(actor);
  const deliveryId = await deps.db.transaction().execute(async (trx) => {
    if (!(await findScopedOrder(trx, roundId, orderId, scope))) throw orderNotFound();
    await lockOrder(trx, orderId);
    const order = (await findScopedOrder(trx, roundId, orderId, scope)) as OrderRow;
    if (order.status === 'ordered')
      throw new AppError(
        'INVALID_STATE',
        { en: 'confirm the order before recording a delivery', zh: '请先确认订单，再登记配送' },
        [],
        { orderStatus: order.status },
      );
    if (order.status === 'cancelled')
      throw new AppError(
        'INVALID_STATE',
        { en: 'the hospital cancelled this order', zh: '医疗机构已取消该订单' },
        [],
        { orderStatus: order.status },
      );
    const counts = await repo.findDeliveryCounts(trx, orderId);
    const left = packsToDeliver(order.packs, counts);
    if (input.packs > left)
      throw invalid(
        'packs',
        `only ${left} of the ${order.packs} packs ordered are still to deliver`,
        `该订单共 ${order.packs} 盒，尚待配送 ${left} 盒，本次配送不能超过`,
      );
    const today = await repo.roundTodayOf(trx, roundId);
    if (input.deliveredOn > today || input.deliveredOn < order.ordered_on)
      throw invalid(
        'deliveredOn',
        `a delivery arrives between the order day ${order.ordered_on} and today ${today}`,
        `配送日期须在下单日 ${order.ordered_on} 与今天 ${today} 之间`,
      );
    const distributor = input.distributorId
      ? await repo.findCompanyDistributor(trx, order.company_id, input.distributorId)
      : null;
    if (input.distributorId && !distributor)
      throw invalid('distributorId', 'not one of your distributors', '不是本企业登记的配送企业');
    const id = await repo.insertDelivery(trx, {
      orderId,
      companyId: order.company_id,
      distributorId: distributor?.id ?? null,
      batchNo: input.batchNo,
      expiryOn: input.expiryOn ?? null,
      packs: input.packs,
      deliveredOn: input.deliveredOn,
      userId: actor.userId,
    });
    await setOrderStatus(
      trx,
      orderId,
      fulfilmentStatus(order.packs, [...counts, { packs: input.packs, acceptedPacks: null }]),
    );
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'delivery.recorded',
      subject: `delivery:${id}`,
      payload: {
        orderId,
        companyId: order.company_id,
        distributorId: distributor?.id ?? null,
        batchNo: input.batchNo,
        packs: input.packs,
        deliveredOn: input.deliveredOn,
      },
    });
    return id;
  });
  return deliveryOf(deps, actor, roundId, deliveryId);
}

export interface AcceptanceInput {
  readonly acceptedPacks: number;
  readonly shortPacks: number;
  readonly damagedPacks: number;
  readonly note?: string | undefined;
}

/**
 * The hospital accepts a delivery (验收): accepted, short and damaged packs, which together are the
 * packs delivered; the acceptance day is the round's today. Short and damaged packs stay owed.
 */
export async function acceptDelivery(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  deliveryId: string,
  input: AcceptanceInput,
) {
  await readRound(deps, actor, roundId);
  const scope = orderScopeOf(actor);
  await deps.db.transaction().execute(async (trx) => {
    const found = await repo.findScopedDelivery(trx, roundId, deliveryId, scope);
    if (!found) throw deliveryNotFound();
    await lockOrder(trx, found.purchase_id);
    const delivery = (await repo.findScopedDelivery(trx, roundId, deliveryId, scope)) as repo.DeliveryRow;
    if (delivery.accepted_at !== null)
      throw new AppError('INVALID_STATE', {
        en: `this delivery was accepted on ${delivery.accepted_on}`,
        zh: `该配送已于 ${delivery.accepted_on} 验收`,
      });
    const sum = input.acceptedPacks + input.shortPacks + input.damagedPacks;
    if (sum !== delivery.packs)
      throw invalid(
        'acceptedPacks',
        `accepted, short and damaged packs make ${sum}, but ${delivery.packs} were delivered`,
        `验收合格、短缺、破损合计 ${sum} 盒，与配送数量 ${delivery.packs} 盒不符`,
      );
    await repo.acceptDelivery(trx, roundId, deliveryId, actor.userId, { ...input, note: input.note || null });
    const order = (await findScopedOrder(trx, roundId, delivery.purchase_id, {})) as OrderRow;
    await setOrderStatus(
      trx,
      order.id,
      fulfilmentStatus(order.packs, await repo.findDeliveryCounts(trx, order.id)),
    );
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'delivery.accepted',
      subject: `delivery:${deliveryId}`,
      payload: {
        orderId: order.id,
        hospitalId: order.hospital_id,
        acceptedPacks: input.acceptedPacks,
        shortPacks: input.shortPacks,
        damagedPacks: input.damagedPacks,
      },
    });
  });
  return deliveryOf(deps, actor, roundId, deliveryId);
}

async function deliveryOf(deps: AppDeps, actor: Actor, roundId: string, deliveryId: string) {
  const row = await repo.findScopedDelivery(deps.db, roundId, deliveryId, orderScopeOf(actor));
  if (!row) throw deliveryNotFound();
  return toDeliveryView(row);
}

export async function listDeliveries(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  filter: repo.DeliveryFilter,
  page: Page,
) {
  await readRound(deps, actor, roundId);
  return mapPage(
    await repo.pageDeliveries(deps.db, roundId, orderScopeOf(actor), filter, page),
    toDeliveryView,
  );
}
