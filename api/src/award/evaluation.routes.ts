import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import {
  AwardSettingsBody,
  EvaluationRecord,
  EvaluationNames,
  EvaluationRecordList,
  NamedEvaluationResult,
  NamedResultQuery,
  OfferIdParam,
  RevivalAnswerBody,
  RevivalOffer,
  RevivalOfferList,
  RoundIdParam,
  RoundStateResult,
  SeqQuery,
} from './award.schema.js';
import { evaluationNames, namedEvaluationResult } from './evaluation-result.js';
import * as opening from './evaluation.service.js';
import * as revival from './revival.service.js';
import { wholeList } from '../http/list.js';
import { json } from '../http/openapi-json.js';
const tags = ['opening'];

/** The published bytes, exactly as stored (their SHA-256 is the record's). */
const documentRoute = (which: 'input' | 'output') =>
  createRoute({
    method: 'get',
    path: `/rounds/{roundId}/evaluation/${which}.json`,
    operationId: which === 'input' ? 'getEvaluationInput' : 'getEvaluationOutput',
    security: [],
    tags,
    summary: `The published evaluation ${which} (public; exact stored bytes${which === 'input' ? ', re-run it with ./jicai evaluate' : ''})`,
    request: { params: RoundIdParam, query: SeqQuery },
    responses: {
      200: { description: `the ${which} JSON`, ...json(z.unknown()) },
      ...PROBLEM_RESPONSES,
    },
  });

export const evaluationRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/evaluation',
      operationId: 'getLatestEvaluationRecord',
      security: [],
      tags,
      summary: 'The latest evaluation record: hashes, ruleset, platform signature (public once opened)',
      request: { params: RoundIdParam },
      responses: {
        200: { description: 'the latest record', ...json(EvaluationRecord) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => c.json(await opening.latestEvaluation(c.var.deps, c.req.valid('param').roundId), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/evaluation/records',
      operationId: 'listEvaluationRecords',
      security: [],
      tags,
      summary: 'Every evaluation record of the round, oldest first (public once opened)',
      request: { params: RoundIdParam },
      responses: { 200: { description: 'the records', ...json(EvaluationRecordList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) =>
      c.json(wholeList(await opening.evaluationRecords(c.var.deps, c.req.valid('param').roundId)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/evaluation/result',
      operationId: 'getEvaluationResult',
      security: [],
      tags,
      summary:
        'The published output with names beside every id and the spec of every bid (public once opened; the contract bytes are output.json)',
      request: { params: RoundIdParam, query: NamedResultQuery },
      responses: {
        200: { description: 'the named result', ...json(NamedEvaluationResult) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const { roundId } = c.req.valid('param');
      const { seq, view } = c.req.valid('query');
      return c.json(await namedEvaluationResult(c.var.deps.db, roundId, seq, view), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/evaluation/names.json',
      operationId: 'getEvaluationNames',
      security: [],
      tags,
      summary:
        'Names of the organisations, regions and products the published input names by id: ./jicai evaluate input.json --explain --names names.json (public once opened)',
      request: { params: RoundIdParam, query: SeqQuery },
      responses: { 200: { description: 'the names', ...json(EvaluationNames) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const { roundId } = c.req.valid('param');
      return c.json(await evaluationNames(c.var.deps.db, roundId, c.req.valid('query').seq), 200);
    },
  )
  .openapi(documentRoute('input'), async (c) => {
    const text = await opening.evaluationDocument(
      c.var.deps.db,
      c.req.valid('param').roundId,
      'input',
      c.req.valid('query').seq,
    );
    return c.body(text, 200, { 'content-type': 'application/json' }) as never;
  })
  .openapi(documentRoute('output'), async (c) => {
    const text = await opening.evaluationDocument(
      c.var.deps.db,
      c.req.valid('param').roundId,
      'output',
      c.req.valid('query').seq,
    );
    return c.body(text, 200, { 'content-type': 'application/json' }) as never;
  })
  .openapi(
    createRoute({
      method: 'put',
      path: '/rounds/{roundId}/award-settings',
      operationId: 'setAwardSettings',
      tags,
      summary: 'Revival window length and region-selection turn limit (office admin; before the opening)',
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(AwardSettingsBody), required: true } },
      responses: { 200: { description: 'the settings', ...json(AwardSettingsBody) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const { roundId } = c.req.valid('param');
      return c.json(await opening.putAwardSettings(c.var.deps, actor, roundId, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/revival-offers/mine',
      operationId: 'listMyRevivalOffers',
      tags,
      summary: "Your company's revival offers (复活) and the window's end",
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'your offers', ...json(RevivalOfferList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      return c.json(
        wholeList(await revival.listMyOffers(c.var.deps, actor, c.req.valid('param').roundId)),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/revival-offers/{offerId}/answer',
      operationId: 'answerRevivalOffer',
      tags,
      summary: 'Accept or decline your revival offer before the window closes; the evaluation re-runs',
      security: SECURED,
      request: { params: OfferIdParam, body: { ...json(RevivalAnswerBody), required: true } },
      responses: { 200: { description: 'the answered offer', ...json(RevivalOffer) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { roundId, offerId } = c.req.valid('param');
      const { answer } = c.req.valid('json');
      return c.json(await revival.answerOffer(c.var.deps, actor, roundId, offerId, answer), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/revival/close',
      operationId: 'closeRevivalWindow',
      tags,
      summary: 'Close the revival window (office admin): unanswered offers count as declined',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'the round state', ...json(RoundStateResult) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(
        { state: await revival.closeRevival(c.var.deps, actor, c.req.valid('param').roundId) },
        200,
      );
    },
  );
