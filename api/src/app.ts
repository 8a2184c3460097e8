import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps, AppEnv } from './app-env.js';
import { authenticate } from './auth/auth.middleware.js';
import { auditRoutes } from './audit/audit.routes.js';
import { surplusRoutes } from './surplus/surplus.routes.js';
import { renewalRoutes } from './renewal/renewal.routes.js';
import { agreementsRoutes } from './agreements/agreements.routes.js';
import { agreementSigningRoutes } from './agreements/agreement-signing.routes.js';
import { ordersRoutes } from './purchases/orders.routes.js';
import { deliveriesRoutes } from './purchases/deliveries.routes.js';
import { invoicesRoutes } from './payments/invoices.routes.js';
import { paymentsRoutes } from './payments/payments.routes.js';
import { backupActivationRoutes } from './backup-supply/backup-activation.routes.js';
import { listingRoutes } from './listing/listing.routes.js';
import { purchaseImportRoutes } from './purchases/purchase-import.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { credentialsRoutes } from './auth/credentials.routes.js';
import { bidsRoutes } from './bids/bids.routes.js';
import { clockRoutes } from './clock/clock.routes.js';
import { awardRoutes } from './award/award.routes.js';
import { awardTimelineRoutes } from './award/award-timeline.routes.js';
import { evaluationRoutes } from './award/evaluation.routes.js';
import { whatIfRoutes } from './award/what-if.routes.js';
import { regionSelectionRoutes } from './award/region-selection.routes.js';
import { regionSelectionEventsRoutes } from './award/region-selection-events.routes.js';
import { bidOpeningRoutes } from './opening/bid-opening.routes.js';
import { technicalFilesRoutes } from './technical-files/technical-files.routes.js';
import { keyCeremonyRoutes } from './opening/key-ceremony.routes.js';
import { outagesRoutes } from './outages/outages.routes.js';
import { noticeEventsRoutes } from './outages/notice-events.routes.js';
import { followNodeBus } from './node-bus/node-caches.js';
import { companiesRoutes } from './companies/companies.routes.js';
import { registrationReviewRoutes } from './companies/registration-review.routes.js';
import { demandRoutes } from './demand/demand.routes.js';
import { myDemandRoutes } from './demand/my-demand.routes.js';
import { demandProgressRoutes } from './demand/demand-progress.routes.js';
import { demandQueueRoutes } from './demand/demand-queue.routes.js';
import { exportsRoutes } from './spreadsheets/exports.routes.js';
import { companyDocumentsRoutes } from './documents/company-documents.routes.js';
import { healthRoutes } from './health/health.routes.js';
import { AppError } from './http/app-error.js';
import { problemResponse } from './http/problem.js';
import { signInRedirect } from './http/sign-in-redirect.js';
import { limitBodies, refuseUnstorableText } from './http/request-guards.js';
import { requestId } from './http/request-id.js';
import { sameOriginWrites } from './http/same-origin.js';
import { securityHeaders } from './http/security-headers.js';
import { resolveRoundCodes } from './http/round-ref.js';
import { configureZodIssues } from './http/zod-messages.js';
import { isSecured, securedOperations } from './http/secured-operations.js';
import { docsPage } from './openapi/docs-page.js';
import { serveOpenApiDocument } from './openapi/openapi-doc.js';
import { ocdsRoutes } from './ocds/ocds.routes.js';
import { organisationsRoutes } from './organisations/organisations.routes.js';
import { roundsRoutes } from './rounds/rounds.routes.js';
import { rulesetPreviewRoutes } from './rounds/ruleset-preview.routes.js';
import { catalogueTemplateRoutes } from './rounds/catalogue-template.routes.js';
import { pdfDocumentsRoutes } from './pdf/pdf-documents.routes.js';
import { progressRoutes } from './monitoring/progress.routes.js';
import { alertsRoutes } from './monitoring/alerts.routes.js';
import { inventoryRoutes } from './monitoring/inventory.routes.js';

export interface AppOptions {
  /** called with one line per request; the request id ties it to the response */
  readonly log?: (line: string) => void;
}

/** The whole HTTP surface, under /api (web/ has no pages to serve yet). */
export function createApp(deps: AppDeps, options: AppOptions = {}) {
  const log = options.log ?? (() => {});
  configureZodIssues();
  if (deps.bus) followNodeBus(deps.db, deps.bus);
  const api = new OpenAPIHono<AppEnv>();
  let secured: ReturnType<typeof securedOperations> | undefined;
  api.use('*', requestId);
  api.use('*', async (c, next) => {
    c.set('deps', deps);
    const started = performance.now();
    await next();
    log(
      `${c.get('requestId')} ${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`,
    );
  });
  api.use('*', sameOriginWrites(deps.config));
  api.use('*', limitBodies());
  api.use('*', async (c, next) => {
    // health, docs and the OpenAPI document are public; everything else resolves its actor first
    if (
      c.req.path === '/api/health' ||
      c.req.path.startsWith('/api/docs') ||
      c.req.path === '/api/openapi.json'
    ) {
      c.set('actor', null);
      c.set('credential', null);
      return next();
    }
    return authenticate(c, async () => {
      // secured operations refuse anonymous callers before their request is validated
      secured ??= securedOperations(api, '/api');
      if (!c.get('actor') && isSecured(secured, c.req.method, c.req.path)) {
        throw new AppError('UNAUTHENTICATED', {
          en: 'sign in, or send a bearer token',
          zh: '请先登录，或发送 Bearer 令牌',
        });
      }
      await next();
    });
  });

  api.use('*', refuseUnstorableText());

  api.route('/', healthRoutes);
  api.route('/', authRoutes);
  api.route('/', credentialsRoutes);
  api.route('/', organisationsRoutes);
  api.route('/', roundsRoutes);
  api.route('/', rulesetPreviewRoutes);
  api.route('/', catalogueTemplateRoutes);
  api.route('/', companiesRoutes);
  api.route('/', registrationReviewRoutes);
  api.route('/', myDemandRoutes);
  api.route('/', demandRoutes);
  api.route('/', demandProgressRoutes);
  api.route('/', demandQueueRoutes);
  api.route('/', companyDocumentsRoutes);
  api.route('/', bidsRoutes);
  api.route('/', keyCeremonyRoutes);
  api.route('/', bidOpeningRoutes);
  api.route('/', technicalFilesRoutes);
  api.route('/', outagesRoutes);
  api.route('/', noticeEventsRoutes);
  api.route('/', evaluationRoutes);
  api.route('/', whatIfRoutes);
  api.route('/', awardRoutes);
  api.route('/', awardTimelineRoutes);
  api.route('/', regionSelectionRoutes);
  api.route('/', regionSelectionEventsRoutes);
  api.route('/', exportsRoutes);
  api.route('/', agreementsRoutes);
  api.route('/', agreementSigningRoutes);
  api.route('/', ordersRoutes);
  api.route('/', deliveriesRoutes);
  api.route('/', paymentsRoutes);
  api.route('/', invoicesRoutes);
  api.route('/', surplusRoutes);
  api.route('/', renewalRoutes);
  api.route('/', backupActivationRoutes);
  api.route('/', listingRoutes);
  api.route('/', purchaseImportRoutes);
  api.route('/', auditRoutes);
  api.route('/', clockRoutes);
  api.route('/', ocdsRoutes);
  api.route('/', pdfDocumentsRoutes);
  api.route('/', progressRoutes);
  api.route('/', alertsRoutes);
  api.route('/', inventoryRoutes);
  api.route('/', docsPage);

  serveOpenApiDocument(api);

  const root = new OpenAPIHono<AppEnv>();
  root.use('*', securityHeaders(deps.config));
  root.use(
    '/api/rounds/*',
    requestId,
    resolveRoundCodes(deps, () => root),
  );
  root.route('/api', api);
  root.notFound((c) =>
    problemResponse(
      c,
      new AppError('NOT_FOUND', {
        en: `no route ${c.req.method} ${c.req.path}`,
        zh: `没有此接口：${c.req.method} ${c.req.path}`,
      }),
    ),
  );
  const onError = (error: Error, c: Context<AppEnv>) => {
    if (error instanceof AppError) {
      const signIn = error.code === 'UNAUTHENTICATED' ? signInRedirect(c, deps.config) : null;
      return signIn ? c.redirect(signIn, 303) : problemResponse(c, error);
    }
    if (error instanceof HTTPException && error.status === 415) {
      const type = c.req.header('content-type') ?? 'no content-type';
      return problemResponse(
        c,
        new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          {
            en: `send the body as application/json (got ${type})`,
            zh: `请以 application/json 发送请求体（收到的是 ${type}）`,
          },
          [{ path: 'header.Content-Type', message: `not accepted: ${type}`, messageZh: `不接受：${type}` }],
        ),
      );
    }
    if (error instanceof HTTPException && error.status === 413) {
      return problemResponse(
        c,
        new AppError('PAYLOAD_TOO_LARGE', { en: 'the request body is too large', zh: '请求体过大' }),
      );
    }
    if (error instanceof HTTPException && error.status >= 400 && error.status < 500) {
      return problemResponse(
        c,
        new AppError('MALFORMED_REQUEST', {
          en: `the request body could not be read: ${error.message}`,
          zh: `无法读取请求体：${error.message}`,
        }),
      );
    }
    log(`${c.get('requestId')} ERROR ${(error as Error).stack ?? String(error)}`);
    return problemResponse(
      c,
      new AppError('INTERNAL', {
        en: `unexpected error; quote request id ${c.get('requestId')}`,
        zh: `意外错误；请提供请求编号 ${c.get('requestId')}`,
      }),
    );
  };
  api.onError(onError);
  root.onError(onError);
  return root;
}
