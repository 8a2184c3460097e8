import { sql, type InferResult, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { instantKey, key, keysetPage, type Page } from '../http/list.js';

type Q = Kysely<Database>;

export function findImportByHash(db: Q, hospitalId: string, roundId: string, sha256: string) {
  return db
    .selectFrom('purchase_import')
    .selectAll()
    .where('hospital_id', '=', hospitalId)
    .where('round_id', '=', roundId)
    .where('file_sha256', '=', sha256)
    .executeTakeFirst();
}

/** The file's row, or undefined when the same file got in first (a concurrent re-send). */
export function insertImport(
  trx: Q,
  values: {
    hospitalId: string;
    roundId: string;
    sha256: string;
    fileName: string;
    lineCount: number;
    by: string | null;
  },
) {
  return trx
    .insertInto('purchase_import')
    .values({
      hospital_id: values.hospitalId,
      round_id: values.roundId,
      file_sha256: values.sha256,
      file_name: values.fileName,
      line_count: values.lineCount,
      imported_by: values.by,
    })
    .onConflict((oc) => oc.columns(['hospital_id', 'round_id', 'file_sha256']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** What an import recorded: its lines, how many under an agreement, and their amount. */
export async function importCounts(db: Q, importIds: readonly string[]) {
  if (importIds.length === 0) return new Map<string, { recorded: number; agreed: number; amount: string }>();
  const rows = await db
    .selectFrom('purchase')
    .select((eb) => [
      'import_id',
      eb.fn.countAll<string>().as('recorded'),
      sql<string>`count(agreement_id)`.as('agreed'),
      sql<string>`coalesce(sum(amount), 0)::text`.as('amount'),
    ])
    .where(sql<boolean>`import_id = any(${[...importIds]}::uuid[])`)
    .groupBy('import_id')
    .execute();
  return new Map(
    rows.map((r) => [
      r.import_id as string,
      { recorded: Number(r.recorded), agreed: Number(r.agreed), amount: r.amount },
    ]),
  );
}

export function listImports(db: Q, hospitalId: string, roundId: string, page: Page) {
  const query = db
    .selectFrom('purchase_import')
    .select([
      'id',
      'file_name',
      'file_sha256',
      'line_count',
      'imported_at',
      instantKey('imported_at').as('at_key'),
    ])
    .where('hospital_id', '=', hospitalId)
    .where('round_id', '=', roundId);
  type Row = InferResult<typeof query>[number];
  const keys = [key<Row>('imported_at', (r) => r.at_key, true), key<Row>('id', (r) => r.id, true)];
  return keysetPage(query, keys, page);
}

/** The round's products with their specs' units per pack: a catalogue is tens of products. */
export async function findCatalogue(db: Q, roundId: string) {
  return db
    .selectFrom('product')
    .innerJoin('spec', 'spec.product_id', 'product.id')
    .select([
      'product.id as product_id',
      'product.code as product_code',
      'product.representative_spec_code',
      'spec.code as spec_code',
      'spec.unit_count',
    ])
    .where('product.round_id', '=', roundId)
    .execute();
}

/** Companies named in a file, by USCC or by registered name: a file names a handful. */
export function findCompanies(db: Q, usccs: readonly string[], names: readonly string[]) {
  return db
    .selectFrom('organisation')
    .select(['id', 'uscc', 'name'])
    .where('kind', '=', 'company')
    .where((eb) =>
      eb.or([
        sql<boolean>`uscc = any(${[...usccs]}::text[])`,
        sql<boolean>`name = any(${[...names]}::text[])`,
      ]),
    )
    .execute();
}

/** The agreement lines of these hospitals in the round (an activation's lines too). */
export function findAgreementLines(db: Q, roundId: string, hospitalIds: readonly string[]) {
  return db
    .selectFrom('agreement')
    .innerJoin('agreement_line', 'agreement_line.agreement_id', 'agreement.id')
    .select([
      'agreement.id as agreement_id',
      'agreement.hospital_id',
      'agreement.company_id',
      'agreement_line.product_id',
      'agreement_line.spec_code',
      'agreement_line.units_per_pack',
      'agreement_line.pack_price',
      'agreement_line.cycle_start',
      'agreement_line.cycle_end',
      'agreement_line.ended_on',
    ])
    .where('agreement.round_id', '=', roundId)
    .where(sql<boolean>`agreement.hospital_id = any(${[...hospitalIds]}::uuid[])`)
    .execute();
}

/** Lines already recorded under these references (by hospital), for a file that repeats earlier lines. */
export function findRecordedRefs(
  db: Q,
  hospitalIds: readonly string[],
  refs: readonly string[],
  exceptImportId: string | null,
) {
  if (refs.length === 0) return Promise.resolve([]);
  return sql<{
    hospital_id: string;
    external_ref: string;
    round_id: string;
    product_id: string;
    company_id: string;
    packs: number;
    pack_price: string;
    ordered_on: string;
  }>`
    select p.hospital_id, p.external_ref, p.round_id, p.product_id, p.company_id, p.packs,
      p.pack_price::text as pack_price, p.ordered_on::text as ordered_on
    from unnest(${[...hospitalIds]}::uuid[], ${[...refs]}::text[]) as r(hospital_id, external_ref)
    join purchase p on p.hospital_id = r.hospital_id and p.external_ref = r.external_ref
    where p.import_id is distinct from ${exceptImportId}::uuid`
    .execute(db)
    .then((r) => r.rows);
}

/** Checked lines, column by column (same index, same line). */
export interface PurchaseLines {
  readonly hospitalIds: string[];
  readonly regionCodes: string[];
  readonly productIds: string[];
  readonly companyIds: string[];
  readonly agreementIds: (string | null)[];
  readonly specCodes: string[];
  readonly packs: number[];
  readonly units: number[];
  readonly packPrices: string[];
  readonly amounts: string[];
  readonly orderedOn: string[];
  readonly externalRefs: string[];
}

export const emptyLines = (): PurchaseLines => ({
  hospitalIds: [],
  regionCodes: [],
  productIds: [],
  companyIds: [],
  agreementIds: [],
  specCodes: [],
  packs: [],
  units: [],
  packPrices: [],
  amounts: [],
  orderedOn: [],
  externalRefs: [],
});

/**
 * Every line of a file in one statement (`unnest` of one array per column), so the rollup trigger
 * on purchase aggregates the whole file once. Measured against COPY in bench/ledger.bench.ts. A
 * reference the hospital already recorded is left out (the unique index's own probe, no lookup
 * beforehand); the caller compares those lines with what was recorded. Answers the lines written.
 */
export async function insertPurchaseLines(
  trx: Q,
  target: { roundId: string; importId: string; by: string | null },
  lines: PurchaseLines,
): Promise<number> {
  if (lines.productIds.length === 0) return 0;
  const result = await sql`
    insert into purchase (round_id, hospital_id, region_code, product_id, company_id, agreement_id, spec_code,
      packs, units, pack_price, amount, ordered_on, ordered_by, source, import_id, external_ref, status)
    select ${target.roundId}::uuid, l.hospital_id, l.region_code, l.product_id, l.company_id, l.agreement_id,
      l.spec_code, l.packs, l.units, l.pack_price, l.amount, l.ordered_on, ${target.by}::uuid, 'import',
      ${target.importId}::uuid, l.external_ref, 'recorded'
    from unnest(${lines.hospitalIds}::uuid[], ${lines.regionCodes}::text[], ${lines.productIds}::uuid[],
      ${lines.companyIds}::uuid[], ${lines.agreementIds}::uuid[], ${lines.specCodes}::text[],
      ${lines.packs}::integer[], ${lines.units}::bigint[], ${lines.packPrices}::numeric[],
      ${lines.amounts}::numeric[], ${lines.orderedOn}::date[], ${lines.externalRefs}::text[])
      as l(hospital_id, region_code, product_id, company_id, agreement_id, spec_code, packs, units,
        pack_price, amount, ordered_on, external_ref)
    on conflict (hospital_id, external_ref) where external_ref is not null do nothing`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/** The hospital's agreement lines with the names a file gives them, for the template. */
export function findTemplateLines(db: Q, roundId: string, hospitalId: string) {
  return db
    .selectFrom('agreement')
    .innerJoin('agreement_line', 'agreement_line.agreement_id', 'agreement.id')
    .innerJoin('product', 'product.id', 'agreement_line.product_id')
    .innerJoin('organisation as company', 'company.id', 'agreement.company_id')
    .select([
      'product.code as product_code',
      'product.name as generic_name',
      'company.uscc',
      'company.name as company_name',
      'agreement_line.spec_code',
      'agreement_line.pack_price',
    ])
    .where('agreement.round_id', '=', roundId)
    .where('agreement.hospital_id', '=', hospitalId)
    .orderBy('product.code')
    .orderBy('company.name')
    .execute();
}
