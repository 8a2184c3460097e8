/** What a refused form action returns (lib/server/orders.ts `submit`): shown next to the form it came from. */
export interface FormProblem {
  readonly form: string;
  readonly subject: string;
  readonly message: string;
  readonly fields: Record<string, string>;
}

/** The problem of this form for this subject (a line, an order, a delivery), or null. */
export const problemFor = (problem: FormProblem | null | undefined, form: string, subject: string) =>
  problem && problem.form === form && problem.subject === subject ? problem : null;
