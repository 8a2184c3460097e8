import { formatShanghai } from '@jicai/domain';
import type { Selectable } from 'kysely';
import type { OutageTable, PublicNoticeTable } from './outages.table.js';

export function toOutageView(row: Selectable<OutageTable>) {
  return {
    id: row.id,
    startsAt: formatShanghai(row.starts_at),
    endsAt: row.ends_at ? formatShanghai(row.ends_at) : null,
    ongoing: row.ends_at === null,
    cause: row.cause,
    recordedAt: formatShanghai(row.recorded_at),
  };
}

export function toNoticeView(row: Selectable<PublicNoticeTable>) {
  return {
    id: row.id,
    roundId: row.round_id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    publishedAt: formatShanghai(row.published_at),
  };
}
