import { formatShanghai, type ExtendableStep } from '@jicai/domain';

const STEP_NAMES: Readonly<Record<ExtendableStep, { zh: string; en: string }>> = {
  demandClosesAt: { zh: '需求填报截止时间', en: 'the demand reporting deadline' },
  biddingOpensAt: { zh: '投标开始时间', en: 'the start of bidding' },
  biddingClosesAt: { zh: '投标截止时间', en: 'the bid deadline' },
  openingAt: { zh: '开标时间', en: 'the opening' },
};

/** Shanghai wall-clock minutes: 2026-09-25 14:00 */
const local = (at: Date) => formatShanghai(at).slice(0, 16).replace('T', ' ');

export interface NoticeOutage {
  readonly startsAt: Date;
  readonly endsAt: Date | null;
  readonly cause: string;
}

const period = (o: NoticeOutage) => ({
  zh: `${local(o.startsAt)} 至 ${o.endsAt ? local(o.endsAt) : '尚未恢复'}`,
  en: `${local(o.startsAt)} to ${o.endsAt ? local(o.endsAt) : 'not yet restored'}`,
});

/** The public notice of an outage as recorded (or as closed), in Chinese then English. */
export function outageNotice(outage: NoticeOutage, closed: boolean) {
  const p = period(outage);
  return {
    title: closed
      ? `系统故障恢复公告 / Service restored after an outage`
      : `系统故障公告 / System outage notice`,
    body: [
      `${closed ? '系统已恢复' : '平台发生系统故障'}：${outage.cause}（${p.zh}，北京时间）。受影响的截止时间将按各批次公布的故障顺延规则顺延，另行公告。`,
      `${closed ? 'The platform is back' : 'The platform has an outage'}: ${outage.cause} (${p.en}, Asia/Shanghai). Affected deadlines are extended by each round’s published outage rule, in a separate notice.`,
    ].join('\n\n'),
  };
}

/** One round's notice: which times moved, from when to when, and why. */
export function extensionNotice(
  round: { code: string; name: string },
  outages: readonly NoticeOutage[],
  changes: readonly { step: ExtendableStep; from: Date; to: Date }[],
) {
  const causes = outages.map((o) => ({ cause: o.cause, ...period(o) }));
  const zhLines = changes.map(
    (c) => `${STEP_NAMES[c.step].zh}顺延至 ${local(c.to)}（原定 ${local(c.from)}）。`,
  );
  const enLines = changes.map(
    (c) => `${STEP_NAMES[c.step].en} is extended to ${local(c.to)} (was ${local(c.from)}).`,
  );
  return {
    title: `关于“${round.name}”（${round.code}）因系统故障顺延时间的公告 / ${round.code}: times extended after a system outage`,
    body: [
      `因系统故障（${causes.map((c) => `${c.cause}，${c.zh}`).join('；')}），依本批次公布的故障顺延规则，${zhLines.join('')}以上均为北京时间。`,
      `Because of a system outage (${causes.map((c) => `${c.cause}, ${c.en}`).join('; ')}), under the outage rule published with this round, ${enLines.join(' ')} All times Asia/Shanghai.`,
    ].join('\n\n'),
  };
}
