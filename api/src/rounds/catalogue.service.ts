import type { Form, VolumeClass } from '@jicai/domain';
import type { Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import type { Database } from '../db/database.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import { AppError, notFound, type FieldProblem } from '../http/app-error.js';
import { importRejected } from '../spreadsheets/import-body.js';
import { cellProblem, type SheetRows } from '../spreadsheets/sheet-rows.js';
import { readCatalogueSheets } from './catalogue-import.js';
import * as repo from './catalogue.repository.js';
import { toProductView } from './rounds.mapper.js';
import { findVisibleRound, lockDraftRound } from './rounds.service.js';

type Trx = Transaction<Database>;

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
    if (clash) {
      throw new AppError(
        'CONFLICT',
        { en: `the round already has a product ${clash.code}`, zh: `本轮次已有产品 ${clash.code}` },
        [{ path: 'code', message: 'already in the catalogue', messageZh: '已在品种目录中' }],
      );
    }
    await insertProductWithSpecs(trx, actor, roundId, product);
    const [row] = await repo.findProductsWithSpecs(trx, roundId, product.code);
    if (!row) throw new Error(`product ${product.code} vanished inside its own transaction`);
    return toProductView(row);
  });
}

/**
 * A catalogue file (.xlsx or CSV, one row per spec): every product as `addProduct` would add it,
 * all or none. Any problem, a code already in the round included, refuses the whole file with
 * every problem by sheet, row and column.
 */
export async function importCatalogue(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  sheets: readonly SheetRows[],
) {
  const reading = readCatalogueSheets(sheets);
  return deps.db.transaction().execute(async (trx) => {
    await lockDraftRound(trx, roundId);
    const problems: FieldProblem[] = [...reading.problems];
    const existing = new Map(
      (await repo.listProductCodes(trx, roundId)).map((p) => [p.code.toUpperCase(), p.code]),
    );
    reading.products.forEach((product, i) => {
      const clash = existing.get(product.code.toUpperCase());
      const place = reading.places[i];
      if (clash !== undefined && place)
        problems.push(
          cellProblem(
            { ...place, column: 'productCode' },
            'PRODUCT_EXISTS',
            `the round already has a product ${clash}`,
            `本轮次已有产品 ${clash}`,
          ),
        );
    });
    if (problems.length) throw importRejected(problems);
    for (const product of reading.products) await insertProductWithSpecs(trx, actor, roundId, product);
    return {
      products: reading.products.length,
      specs: reading.products.reduce((n, p) => n + p.specs.length, 0),
    };
  });
}

/** One product and its specs, with its audit entry; the caller holds the draft round's lock. */
async function insertProductWithSpecs(trx: Trx, actor: Actor, roundId: string, product: NewProduct) {
  const inserted = await repo.insertProduct(trx, {
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
    throw new AppError(
      'CONFLICT',
      { en: `the round already has a product ${product.code}`, zh: `本轮次已有产品 ${product.code}` },
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
