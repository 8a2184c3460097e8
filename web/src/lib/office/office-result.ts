/** What an office form action answered (routes/office/rounds/[roundCode]/actions.server.ts). */
export interface OfficeResult {
  readonly action: string;
  readonly values: Record<string, string>;
  readonly confirm?: boolean;
  readonly done?: boolean;
  readonly message?: string | null;
  readonly fields?: Record<string, string>;
  /** an import's refusal: one line per problem (sheet, row, column, message) */
  readonly problems?: readonly string[];
}
