import type {
  AwardSnapshot,
  RoundCommand,
  RoundDecision,
  RoundEvent,
  RoundSnapshot,
  RoundState,
} from './round-state.js';

type AwardCommand = Extract<
  RoundCommand,
  {
    type:
      | 'open-technical'
      | 'open'
      | 'close-revival'
      | 'publish-proposed'
      | 'correct-result'
      | 'fix-award'
      | 'start-region-selection'
      | 'complete-region-selection';
  }
>;

const NO_AWARD: AwardSnapshot = {
  dualEnvelope: false,
  pendingRevivalOffers: 0,
  revivalClosesAt: null,
  objectionEndsAt: null,
  openObjections: 0,
};
const refuse = (
  code: Extract<RoundDecision, { ok: false }>['code'],
  message: string,
  messageZh: string,
): RoundDecision => ({ ok: false, code, message, messageZh });
const emit = (...events: RoundEvent[]): RoundDecision => ({ ok: true, events });

function expect(
  round: RoundSnapshot,
  states: RoundState[],
  what: string,
  whatZh: string,
): RoundDecision | null {
  return states.includes(round.state)
    ? null
    : refuse(
        'WRONG_STATE',
        `${what} needs the round to be ${states.join(' or ')} (it is ${round.state})`,
        `${whatZh}要求轮次处于 ${states.join(' 或 ')} 状态（当前状态：${round.state}）`,
      );
}

/**
 * From the bid deadline to agreed volumes (docs/rules.md §8–§11): opening (technical envelope first in
 * dual-envelope rounds), the revival window, proposed winners (拟中选公示) and the objection period,
 * the award (中选), region selection.
 */
export function decideAward(round: RoundSnapshot, command: AwardCommand, now: Date): RoundDecision {
  const award = round.award ?? NO_AWARD;
  switch (command.type) {
    case 'open-technical':
      if (!award.dualEnvelope)
        return refuse(
          'WRONG_STATE',
          'only dual-envelope rounds open a technical envelope',
          '只有双信封轮次才开启技术标',
        );
      return (
        expect(round, ['bidding-closed'], 'opening the technical envelope', '开启技术标') ??
        emit({ type: 'technical-envelope-opened' })
      );
    case 'open': {
      const wrong = expect(round, ['bidding-closed', 'technical-opened'], 'opening the bids', '开标');
      if (wrong) return wrong;
      if (award.dualEnvelope && round.state !== 'technical-opened') {
        return refuse(
          'TECHNICAL_ENVELOPE_FIRST',
          'open the technical envelope first (双信封)',
          '双信封轮次须先开启技术标',
        );
      }
      return emit({ type: 'bids-opened', revival: command.revivalOffers > 0 });
    }
    case 'close-revival': {
      const wrong = expect(round, ['revival-window'], 'closing the revival window', '结束复活应答期');
      if (wrong) return wrong;
      const due = award.revivalClosesAt !== null && award.revivalClosesAt <= now;
      if (!due && award.pendingRevivalOffers > 0) {
        return refuse(
          'REVIVAL_PENDING',
          `${award.pendingRevivalOffers} revival offer(s) are still open until the window closes`,
          `仍有 ${award.pendingRevivalOffers} 份复活邀请未答复，须待复活应答期结束`,
        );
      }
      return emit({ type: 'revival-closed' });
    }
    case 'publish-proposed':
      return (
        expect(round, ['evaluated'], 'publishing the proposed winners', '公示拟中选结果') ??
        emit({ type: 'proposed-winners-published' })
      );
    case 'correct-result':
      return (
        expect(round, ['objection-period'], 'correcting the result', '更正结果') ??
        emit({ type: 'result-corrected' })
      );
    case 'fix-award': {
      const wrong = expect(round, ['objection-period'], 'fixing the award', '确定中选结果');
      if (wrong) return wrong;
      if (award.objectionEndsAt === null || award.objectionEndsAt > now) {
        return refuse(
          'OBJECTION_PERIOD_RUNNING',
          'the objection period (异议期) has not ended',
          '异议期尚未结束',
        );
      }
      if (award.openObjections > 0)
        return refuse(
          'OBJECTIONS_OPEN',
          `${award.openObjections} objection(s) still wait for an answer`,
          `仍有 ${award.openObjections} 项异议等待答复`,
        );
      return emit({ type: 'award-fixed' });
    }
    case 'start-region-selection':
      return (
        expect(round, ['awarded'], 'region selection', '区域选择') ??
        emit({ type: 'region-selection-started' })
      );
    case 'complete-region-selection':
      return (
        expect(round, ['region-selection'], 'agreeing volumes', '确定约定采购量') ??
        emit({ type: 'volumes-agreed' })
      );
    default: {
      const exhaustive: never = command;
      throw new Error(`unknown award command ${JSON.stringify(exhaustive)}`);
    }
  }
}

/** Timed step after the deadline: the revival window closes by itself. */
export function awardTimedStep(
  state: RoundState,
  award: AwardSnapshot | undefined,
  now: Date,
): RoundEvent | null {
  if (state === 'revival-window' && award?.revivalClosesAt && award.revivalClosesAt <= now)
    return { type: 'revival-closed' };
  return null;
}
