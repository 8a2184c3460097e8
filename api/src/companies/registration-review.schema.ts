import { z } from '@hono/zod-openapi';

/** The office's decision on a registration; a rejection names its reason (shown to the company). */
export const RegistrationReviewBody = z
  .object({
    decision: z.enum(['approved', 'rejected']),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.decision === 'rejected' && b.reason === undefined)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a rejection states its reason' });
  })
  .openapi('RegistrationReviewRequest');

export type RegistrationReviewInput = z.infer<typeof RegistrationReviewBody>;
