import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { PageQuery } from '../http/list.js';
import { requestOrigin } from '../http/request-origin.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES } from '../http/router.js';
import { RoundIdParam } from '../rounds/rounds.schema.js';
import { contentTypeOf, readExtensionFile } from './extension-files.js';
import {
  CodelistFileParam,
  ExtensionFileParam,
  OcdsRecordPackage,
  OcdsReleaseList,
  OcdsReleasePackage,
} from './ocds.schema.js';
import { releaseFeed, roundPackage, roundRecordPackage } from './ocds.service.js';

const tags = ['open data'];

/**
 * The platform's address as the reader reached it (behind a trusted proxy, the one it forwarded):
 * the URLs inside the releases start with it.
 */
const originOf = (c: Context<AppEnv>) => requestOrigin(c, c.var.deps.config);

const fileResponse = { 200: { description: 'the file', content: { 'text/plain': { schema: z.string() } } } };

export const ocdsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/ocds',
      operationId: 'getRoundOcdsPackage',
      security: [],
      tags,
      summary:
        'The round as an OCDS 1.1 release package: tender at publication, bids at the opening, the proposed and final award, contracts once volumes are agreed (public)',
      request: { params: RoundIdParam },
      responses: {
        200: { description: 'the release package', ...json(OcdsReleasePackage) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) =>
      c.json((await roundPackage(c.var.deps, c.req.valid('param').roundId, originOf(c))) as never, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/ocds/record',
      operationId: 'getRoundOcdsRecordPackage',
      security: [],
      tags,
      summary:
        'The round as an OCDS 1.1 record package: its releases so far and the compiled release, the current state (public)',
      request: { params: RoundIdParam },
      responses: {
        200: { description: 'the record package', ...json(OcdsRecordPackage) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) =>
      c.json((await roundRecordPackage(c.var.deps, c.req.valid('param').roundId, originOf(c))) as never, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/ocds/releases',
      operationId: 'listOcdsReleases',
      security: [],
      tags,
      summary:
        'Every OCDS release of every round in commit order: resume with nextCursor, never skipping a release (public)',
      request: { query: PageQuery },
      responses: {
        200: { description: 'a page of releases', ...json(OcdsReleaseList) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => c.json((await releaseFeed(c.var.deps, c.req.valid('query'), originOf(c))) as never, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/ocds/extension/{file}',
      operationId: 'getOcdsExtensionFile',
      security: [],
      tags,
      summary:
        'The Jicai OCDS extension: extension.json, its release-schema.json merge patch, README.md (public)',
      request: { params: ExtensionFileParam },
      responses: { ...fileResponse, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const { file } = c.req.valid('param');
      return c.body(await readExtensionFile(file), 200, { 'content-type': contentTypeOf(file) }) as never;
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/ocds/extension/codelists/{file}',
      operationId: 'getOcdsExtensionCodelist',
      security: [],
      tags,
      summary: 'A codelist of the Jicai OCDS extension (CSV, public)',
      request: { params: CodelistFileParam },
      responses: { ...fileResponse, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const { file } = c.req.valid('param');
      return c.body(await readExtensionFile(`codelists/${file}`), 200, {
        'content-type': contentTypeOf(file),
      }) as never;
    },
  );
