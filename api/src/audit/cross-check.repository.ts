import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

/** SHA-256 (hex) of a jsonb column's text, as jicai_submit_bids hashes a ciphertext into its link. */
const jsonbHash = (column: string) =>
  sql.raw(`case when ${column} is null then null
    else encode(sha256(convert_to(${column}::text, 'UTF8')), 'hex') end`);

export interface BidLinkRow {
  /** the bid row's columns: null when its link has no row */
  readonly id: string | null;
  readonly round_id: string | null;
  readonly company_id: string | null;
  readonly product_code: string | null;
  readonly commitment: string | null;
  readonly revision: number | null;
  readonly sequence: string | null;
  readonly withdrawn: boolean | null;
  readonly envelope_hash: string | null;
  readonly technical_hash: string | null;
  readonly opened: boolean | null;
  /** the latest audit link of the bid (company stream, product subject): null when the row has none */
  readonly link_stream: string | null;
  readonly link_subject: string | null;
  readonly link_seq: string | null;
  readonly link_action: string | null;
  readonly link_payload: Record<string, unknown> | null;
}

/**
 * Every bid row next to the latest link of its stream (`round:<r>:company:<c>`) and subject
 * (`round:<r>:product:<code>`), and every such link without a row: one full join, so a row without
 * its link and a link without its row both come back.
 */
export async function readBidsWithLinks(db: Q): Promise<BidLinkRow[]> {
  const { rows } = await sql<BidLinkRow>`
    with link as (
      select distinct on (e.stream, e.subject) e.stream, e.subject, e.seq, e.action, e.payload
      from audit_event e
      where e.action in ('bid.submitted', 'bid.replaced', 'bid.withdrawn')
      order by e.stream, e.subject, e.seq desc
    ),
    bid_row as (
      select b.id, b.round_id, b.company_id, p.code as product_code, b.commitment, b.revision,
        b.sequence::text as sequence, b.withdrawn,
        ${jsonbHash('b.envelope')} as envelope_hash, ${jsonbHash('b.technical_envelope')} as technical_hash,
        exists (select 1 from opened_bid o where o.bid_id = b.id) as opened,
        'round:' || b.round_id || ':company:' || b.company_id as stream,
        'round:' || b.round_id || ':product:' || p.code as subject
      from bid b left join product p on p.id = b.product_id
    )
    select r.id, r.round_id, r.company_id, r.product_code, r.commitment, r.revision, r.sequence,
      r.withdrawn, r.envelope_hash, r.technical_hash, r.opened,
      l.stream as link_stream, l.subject as link_subject, l.seq::text as link_seq,
      l.action as link_action, l.payload as link_payload
    from bid_row r full join link l on l.stream = r.stream and l.subject = r.subject
    order by coalesce(r.stream, l.stream), coalesce(r.subject, l.subject)`.execute(db);
  return rows;
}

export interface OpenedBidRow {
  readonly id: string;
  readonly bid_id: string;
  readonly round_id: string;
  readonly company_id: string;
  readonly status: string;
  readonly commitment: string;
  readonly pack_price: string | null;
  readonly salt: string | null;
  readonly technical: string | null;
  readonly technical_pass: boolean | null;
  readonly product_code: string | null;
  readonly spec_code: string | null;
  /** the bid it was opened from: null when that row is gone */
  readonly bid_commitment: string | null;
  readonly bid_found: boolean;
}

/** Every opened bid with what its commitment re-derives from, and the bid it was opened from. */
export async function readOpenedBids(db: Q): Promise<OpenedBidRow[]> {
  const { rows } = await sql<OpenedBidRow>`
    select o.id, o.bid_id, o.round_id, o.company_id, o.status, o.commitment, o.pack_price::text as pack_price,
      o.salt, o.technical, o.technical_pass, p.code as product_code, s.code as spec_code,
      b.commitment as bid_commitment, b.id is not null as bid_found
    from opened_bid o
      left join product p on p.id = o.product_id
      left join spec s on s.id = o.spec_id
      left join bid b on b.id = o.bid_id
    order by o.round_id, o.bid_id`.execute(db);
  return rows;
}

export interface OpeningLinkRow {
  readonly stream: string;
  readonly seq: string;
  readonly action: 'bids.opened' | 'bids.technical-opened';
  readonly payload: { opened?: number; tampered?: { bidId?: string }[] } | null;
}

/** The openings the chain records, oldest first per round stream. */
export async function readOpeningLinks(db: Q): Promise<OpeningLinkRow[]> {
  const { rows } = await sql<OpeningLinkRow>`
    select e.stream, e.seq::text as seq, e.action, e.payload from audit_event e
    where e.action in ('bids.opened', 'bids.technical-opened')
    order by e.stream, e.seq`.execute(db);
  return rows;
}

export interface ReviewLinkRow {
  readonly seq: string;
  readonly payload: { reviews?: { openedBidId?: string; pass?: boolean }[] } | null;
}

/** The technical reviews the chain records (dual-envelope rounds), oldest first. */
export async function readReviewLinks(db: Q): Promise<ReviewLinkRow[]> {
  const { rows } = await sql<ReviewLinkRow>`
    select e.seq::text as seq, e.payload from audit_event e where e.action = 'bids.technical-reviewed'
    order by e.stream, e.seq`.execute(db);
  return rows;
}

export interface EvaluationLinkRow {
  readonly id: string | null;
  readonly round_id: string | null;
  readonly seq: number | null;
  readonly reason: string | null;
  readonly input_sha256: string | null;
  readonly output_sha256: string | null;
  /** SHA-256 of the published bytes, as stored now */
  readonly input_actual: string | null;
  readonly output_actual: string | null;
  readonly link_stream: string | null;
  readonly link_seq: string | null;
  readonly link_subject: string | null;
  readonly link_payload: Record<string, unknown> | null;
}

/**
 * Every evaluation record next to its `evaluation.recorded` link (subject `evaluation-record:<id>`),
 * and every such link without a record. The published files are hashed where they lie, so a national
 * round's input is never shipped to verify it.
 */
export async function readEvaluationsWithLinks(db: Q): Promise<EvaluationLinkRow[]> {
  const { rows } = await sql<EvaluationLinkRow>`
    with link as (
      select e.stream, e.seq, e.subject, e.payload from audit_event e where e.action = 'evaluation.recorded'
    )
    select r.id, r.round_id, r.seq, r.reason, r.input_sha256, r.output_sha256,
      encode(sha256(convert_to(r.input_json, 'UTF8')), 'hex') as input_actual,
      encode(sha256(convert_to(r.output_json, 'UTF8')), 'hex') as output_actual,
      l.stream as link_stream, l.seq::text as link_seq, l.subject as link_subject, l.payload as link_payload
    from evaluation_record r full join link l on l.subject = 'evaluation-record:' || r.id
    order by coalesce('round:' || r.round_id, l.stream), r.seq, l.seq`.execute(db);
  return rows;
}
