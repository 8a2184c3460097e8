import { z } from '@hono/zod-openapi';

export const Clock = z
  .object({
    now: z.string().describe('the platform time (the database clock, real time), UTC'),
    nowShanghai: z.string(),
  })
  .openapi('Clock');

export const RoundClock = z
  .object({
    roundId: z.string().uuid(),
    now: z.string().describe('the round’s time, on which its deadlines are judged, UTC'),
    nowShanghai: z.string(),
    rehearsal: z
      .object({ speed: z.string(), anchorVirtual: z.string() })
      .nullable()
      .describe('null: the round runs on the platform time'),
  })
  .openapi('RoundClock');

export const SetRoundClock = z
  .object({
    now: z.string().datetime({ offset: true }).describe('the round’s virtual time to start from'),
    // below a thousandth of real time a rehearsal clock would barely move, and a speed near zero
    // (5e-324, found by the hostile-input test) overflowed the clock's arithmetic into a 500
    speed: z.number().min(0.001).max(100_000).default(1).describe('times real time (0.001 to 100,000)'),
  })
  .openapi('RoundRehearsalClock');
