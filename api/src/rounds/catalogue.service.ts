import type { Form, VolumeClass } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import { AppError, notFound } from '../http/app-error.js';
import * as repo from './catalogue.repository.js';
import { toProductView } from './rounds.mapper.js';
import { findVisibleRound, lockDraftRound } from './rounds.service.js';

export interface NewProduct {
  readonly code: string;
  readonly name: string;
  readonly form: Form;
  readonly volumeClass: VolumeClass;
  readonly strengthUnit: string;
  readonly nationalDrugCode: string | null;
  readonly representativeSpecCode: string;
  readonly groups: readonly string[];
  readonly specs: readonly {
    code: string;
    strength: string;
    unitsPerPack: number;
    volumeMl: string | null;
    ceiling: string;
  }[];
}

/**
 * Adds a product with its specs to a draft round's catalogue. The representative spec is one of the
 * specs (checked in the request, and by a deferred foreign key at commit), so publish never sees a
 * product without one.
 */
export async function addProduct(deps: AppDeps, actor: Actor, roundId: string, product: NewProduct) {
  return deps.db.transaction().execute(async (trx) => {
    await lockDraftRound(trx, roundId);
    // bids match product codes without regard to case (issue 8 §1): two such codes would be one product
    const clash = await repo.findProductCodeIgnoringCase(trx, roundId, product.code);
    const inserted = clash
      ? undefined
      : await repo.insertProduct(trx, {
          round_id: roundId,
          code: product.code,
          name: product.name,
          form: product.form,
          volume_class: product.volumeClass,
          strength_unit: product.strengthUnit,
          national_drug_code: product.nationalDrugCode,
          representative_spec_code: product.representativeSpecCode,
          groups: [...product.groups],
        });
    if (!inserted) {
      const code = clash?.code ?? product.code;
      throw new AppError(
        'CONFLICT',
        { en: `the round already has a product ${code}`, zh: `本轮次已有产品 ${code}` },
        [{ path: 'code', message: 'already in the catalogue', messageZh: '已在品种目录中' }],
      );
    }
    await repo.insertSpecs(
      trx,
      product.specs.map((s) => ({
        product_id: inserted.id,
        code: s.code,
        strength: s.strength,
        unit_count: s.unitsPerPack,
        volume_ml: s.volumeMl,
        ceiling: s.ceiling,
      })),
    );
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'product.added',
      subject: `product:${product.code}`,
      payload: product,
    });
    const [row] = await repo.findProductsWithSpecs(trx, roundId, product.code);
    if (!row) throw new Error(`product ${product.code} vanished inside its own transaction`);
    return toProductView(row);
  });
}

export async function listProducts(deps: AppDeps, actor: Actor | null, roundId: string) {
  await findVisibleRound(deps.db, actor, roundId);
  return (await repo.findProductsWithSpecs(deps.db, roundId)).map(toProductView);
}

export async function removeProduct(deps: AppDeps, actor: Actor, roundId: string, productCode: string) {
  await deps.db.transaction().execute(async (trx) => {
    await lockDraftRound(trx, roundId);
    if (!(await repo.deleteProduct(trx, roundId, productCode))) throw notFound('product');
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'product.removed',
      subject: `product:${productCode}`,
      payload: { code: productCode },
    });
  });
}
