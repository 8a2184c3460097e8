import type { AppDeps } from '../../app-env.js';
import { createTestContext, type TestContext } from '../test-context.js';
import { operationKey } from '../../authorization/authorization-policy.js';
import { cloneWorld, freezeWorld } from './matrix-clone.js';
import type { Operation } from './matrix-requests.js';
import { noticePdf } from '../../pdf/pdf-documents.service.js';
import { addCompanyABids, buildMatrixWorld, type MatrixWorld } from './matrix-world.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
interface OpenApiOperation {
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: unknown;
}
type OpenApi = { paths: Record<string, Record<string, OpenApiOperation>> };

/** Every operation of an OpenAPI document, as the matrix calls it. */
export function readOperations(doc: OpenApi): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({
        key: operationKey(method, path),
        method: method.toUpperCase(),
        path,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string),
        queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        headerParams: (op.parameters ?? []).filter((p) => p.in === 'header' && p.required).map((p) => p.name),
        hasBody: op.requestBody !== undefined,
      })),
  );
}

/** The matrix world frozen twice, as templates of fresh copies: before and after company A bid. */
export interface MatrixSetup {
  /** company A's bids included: the world the matrix runs on */
  readonly world: MatrixWorld;
  readonly template: string;
  /** the same world before company A bid (the other side of the secrecy comparison) */
  readonly templateWithoutA: string;
  readonly deps: AppDeps;
  /** the app's own OpenAPI document's operations */
  readonly operations: readonly Operation[];
  close(): Promise<void>;
}

export async function setUpMatrix(): Promise<MatrixSetup> {
  const base = await createTestContext();
  let withBids: TestContext | undefined;
  try {
    const built = await buildMatrixWorld(base);
    // an issued document in both worlds, for the public verification of its code
    const notice = await noticePdf(base.deps, built.world.rounds.awarded, 'award-notice');
    const templateWithoutA = await freezeWorld(base);
    withBids = await cloneWorld(templateWithoutA, base.deps);
    const world = {
      ...(await addCompanyABids(withBids, built)),
      verificationCode: notice.document.verification_code,
    };
    const template = await freezeWorld(withBids);
    const doc = await (await base.app.request('/api/openapi.json')).json();
    const copies = [withBids, base];
    return {
      world,
      template,
      templateWithoutA,
      deps: base.deps,
      operations: readOperations(doc as OpenApi),
      close: async () => {
        for (const copy of copies) await copy.close();
      },
    };
  } catch (error) {
    await withBids?.close();
    await base.close();
    throw error;
  }
}
