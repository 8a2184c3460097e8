export const STATUSES = ['submitted', 'approved', 'returned'] as const;
export type StatusChoice = (typeof STATUSES)[number] | 'all';
export const SORTS = ['submitted', 'hospital', 'product'] as const;
export type SortChoice = (typeof SORTS)[number];

/** The queue's filters as the address holds them (a GET form): pending (submitted) unless asked otherwise. */
export interface QueueFilter {
  readonly status: StatusChoice;
  readonly product: string;
  readonly q: string;
  readonly outliers: boolean;
  readonly sort: SortChoice;
  readonly cursor: string;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

export function readQueueFilter(params: URLSearchParams): QueueFilter {
  return {
    status: oneOf<StatusChoice>([...STATUSES, 'all'], params.get('status'), 'submitted'),
    product: (params.get('product') ?? '').trim().slice(0, 64),
    q: (params.get('q') ?? '').trim().slice(0, 100),
    outliers: params.get('outliers') === '1',
    sort: oneOf(SORTS, params.get('sort'), 'submitted'),
    cursor: params.get('cursor') ?? '',
  };
}

/** The filter back as a query string (no cursor unless given): links and redirects keep the view. */
export function queueSearch(filter: QueueFilter, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  if (filter.status !== 'submitted') q.set('status', filter.status);
  if (filter.product) q.set('product', filter.product);
  if (filter.q) q.set('q', filter.q);
  if (filter.outliers) q.set('outliers', '1');
  if (filter.sort !== 'submitted') q.set('sort', filter.sort);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
