import type { Selectable } from 'kysely';
import type { AgreementRow } from './agreements.repository.js';
import type { AgreementJobTable } from './agreements.table.js';

export function toJobView(
  job: Selectable<AgreementJobTable>,
  counts: { readonly done: number; readonly failed: number },
) {
  return {
    roundId: job.round_id,
    state: job.state,
    total: job.total,
    done: counts.done,
    failed: counts.failed,
    startedAt: job.started_at.toISOString(),
    finishedAt: job.finished_at?.toISOString() ?? null,
  };
}

export function toAgreementView(row: AgreementRow) {
  return {
    id: row.id,
    roundId: row.round_id,
    hospitalId: row.hospital_id,
    hospitalName: row.hospital_name,
    regionName: row.region_name,
    companyId: row.company_id,
    companyName: row.company_name,
    pdfSha256: row.pdf_sha256,
    issuedAt: row.issued_at?.toISOString() ?? null,
  };
}
