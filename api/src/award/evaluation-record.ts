import { readRoundNow } from '../db/db-clock.js';
import {
  checkRoundAgainstRuleset,
  decodeRoundInput,
  decodeRulesetChoice,
  evaluate,
  serializeResult,
  type EvaluationResult,
  type InputProblem,
  type RoundInput,
  type Ruleset,
} from '@jicai/domain';
import { createHash } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { appendAudit } from '../audit/audit.repository.js';
import type { Database } from '../db/database.js';
import { AppError, notFound } from '../http/app-error.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import { buildEvaluationInput } from './evaluation-input.js';
import {
  findLastRecordSeq,
  findLatestRecord,
  findRoundToEvaluate,
  insertEvaluationRecord,
  listUnsignedRecords,
  setRecordSignature,
} from './evaluation-record.repository.js';
import type { EvaluationReason, EvaluationRecordTable } from './award.table.js';

type Trx = Transaction<Database>;
export type EvaluationRecordRow = Selectable<EvaluationRecordTable>;

export interface PublishedEvaluation {
  readonly input: RoundInput;
  readonly ruleset: Ruleset;
  readonly result: EvaluationResult;
  readonly outputJson: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The published input decoded by the contract's own decoder, under the ruleset it names. */
export function decodePublishedInput(inputJson: string): { input: RoundInput; ruleset: Ruleset } {
  const decoded = decodeRoundInput(JSON.parse(inputJson) as unknown);
  const problems: InputProblem[] = decoded.ok ? [] : decoded.problems;
  const choice = decoded.ok ? decodeRulesetChoice(decoded.value.ruleset) : null;
  if (choice && !choice.ok) problems.push(...choice.problems);
  if (decoded.ok && choice?.ok)
    problems.push(...checkRoundAgainstRuleset(decoded.value.input, choice.ruleset));
  if (!decoded.ok || !choice?.ok || problems.length > 0) {
    const list = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new AppError(
      'INVALID_STATE',
      {
        en: `the evaluation input is not valid under the contract: ${list}`,
        zh: `评审输入不符合评审规则的输入约定：${list}`,
      },
      problems,
    );
  }
  return { input: decoded.value.input, ruleset: choice.ruleset };
}

/** What anyone holding the published input gets from `./jicai evaluate`, byte for byte. */
export function evaluatePublished(inputJson: string): PublishedEvaluation {
  const { input, ruleset } = decodePublishedInput(inputJson);
  const result = evaluate(input, ruleset).result;
  return { input, ruleset, result, outputJson: serializeResult(result) };
}

/** The text the platform signs for a record: its identity and both hashes, one per line. */
export function signedText(
  r: Pick<
    EvaluationRecordRow,
    'round_id' | 'seq' | 'reason' | 'ruleset_name' | 'ruleset_version' | 'input_sha256' | 'output_sha256'
  >,
) {
  return [
    'jicai evaluation record v1',
    `round ${r.round_id}`,
    `seq ${r.seq}`,
    `reason ${r.reason}`,
    `ruleset ${r.ruleset_name} ${r.ruleset_version}`,
    `input-sha256 ${r.input_sha256}`,
    `output-sha256 ${r.output_sha256}`,
    '',
  ].join('\n');
}

/**
 * Builds the round's input from the database, serializes it canonically, evaluates the published
 * bytes and stores the record (hashes, ruleset, signature when a signer is given) with its audit
 * entry. The caller holds the round's lock. Once the revival window has closed, offers not accepted
 * count as declined.
 */
export async function recordEvaluation(
  trx: Trx,
  roundId: string,
  reason: EvaluationReason,
  actorUserId: string | null,
  signer?: PlatformSigner,
): Promise<
  PublishedEvaluation & {
    readonly record: EvaluationRecordRow;
    readonly productIdByCode: Map<string, string>;
  }
> {
  const round = await findRoundToEvaluate(trx, roundId);
  if (!round) throw notFound('round');
  const revivalClosed = reason !== 'opening' && reason !== 'revival';
  const { document, productIdByCode } = await buildEvaluationInput(trx, round, { revivalClosed });
  const inputJson = `${JSON.stringify(document, null, 2)}\n`;
  const published = evaluatePublished(inputJson);
  const lastSeq = await findLastRecordSeq(trx, roundId);
  const values = {
    round_id: roundId,
    seq: lastSeq + 1,
    reason,
    input_json: inputJson,
    output_json: published.outputJson,
    input_sha256: sha256(inputJson),
    output_sha256: sha256(published.outputJson),
    ruleset_name: published.result.ruleset.name,
    ruleset_version: published.result.ruleset.version,
    created_by: actorUserId,
    // on the round's clock, as its opening, proposal and award are: a notice finds the record that
    // stood at its publication by comparing the two, so both must read the same clock (rehearsals)
    created_at: await readRoundNow(trx, roundId),
  };
  const signature = signer ? signer.sign(Buffer.from(signedText(values), 'utf8')) : null;
  const record = await insertEvaluationRecord(trx, {
    ...values,
    signature,
    signing_key_id: signer ? signer.keyId : null,
  });
  await appendAudit(trx, {
    stream: `round:${roundId}`,
    actorUserId,
    action: 'evaluation.recorded',
    subject: `evaluation-record:${record.id}`,
    payload: {
      seq: record.seq,
      reason,
      ruleset: published.result.ruleset,
      inputSha256: record.input_sha256,
      outputSha256: record.output_sha256,
    },
  });
  return { ...published, record, productIdByCode };
}

/** The latest published evaluation, read back from its stored bytes; 404 before the opening. */
export async function loadLatestEvaluation(db: Kysely<Database>, roundId: string) {
  const record = await findLatestRecord(db, roundId);
  if (!record) throw notFound('evaluation of this round (the bids are not opened yet)');
  const { input, ruleset } = decodePublishedInput(record.input_json);
  const result = JSON.parse(record.output_json) as EvaluationResult;
  return { input, ruleset, result, record };
}

/**
 * Records stored without a signature (the opening ran where no signer was at hand) are signed once
 * by the platform key; Ed25519 is deterministic, so two signers racing write the same bytes.
 */
export async function signPendingRecords(db: Kysely<Database>, signer: PlatformSigner, roundId: string) {
  for (const r of await listUnsignedRecords(db, roundId)) {
    await setRecordSignature(db, r.id, signer.sign(Buffer.from(signedText(r), 'utf8')), signer.keyId);
  }
}
