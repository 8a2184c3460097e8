import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { drawTitle, renderPdf, type Verification } from './pdf-document.js';
import {
  issueDepsOf,
  issuePdf,
  readIssuedPdf,
  servePdf,
  type IssueDeps,
  type IssueRequest,
} from './issue-pdf.js';
import { VERIFICATION_CODE_PATTERN } from './verification-code.js';

let t: TestContext;
let deps: IssueDeps;
beforeAll(async () => {
  t = await createTestContext({ PUBLIC_ORIGIN: 'https://jicai.example.cn' });
  deps = issueDepsOf(t.deps);
});
afterAll(() => t.close());

/** A request for a fresh subject, counting its renders. */
function request(subject = `test:${randomUUID()}`) {
  const rendered: Verification[] = [];
  const req: IssueRequest = {
    kind: 'award-notice',
    roundId: null,
    subject,
    title: '中选结果',
    issuedAt: new Date('2026-04-01T02:00:00Z'),
    audit: { stream: `round:${subject}`, actorUserId: null },
    render(verification) {
      rendered.push(verification);
      return renderPdf({ title: '中选结果', issuedAt: this.issuedAt, verification }, (doc) =>
        drawTitle(doc, '中选结果'),
      );
    },
  };
  return { req, rendered };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('issuing a PDF', () => {
  it('stores it, records its hash and code, and appends the hash to the audit chain', async () => {
    const { req, rendered } = request();
    const { document, created } = await issuePdf(t.db, deps, req);
    expect(created).toBe(true);
    expect(rendered).toHaveLength(1);
    expect(document.verification_code).toMatch(VERIFICATION_CODE_PATTERN);
    expect(rendered[0]?.url).toBe(`https://jicai.example.cn/verify/${document.verification_code}`);
    const bytes = await readIssuedPdf(deps, document);
    expect(sha256(bytes)).toBe(document.sha256);
    expect(bytes.length).toBe(document.size);
    const events = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('stream', '=', req.audit.stream)
      .execute();
    expect(events.map((e) => [e.action, e.subject])).toEqual([
      ['document.issued', `award-notice:${req.subject}`],
    ]);
    expect(events[0]?.payload).toMatchObject({ sha256: document.sha256, code: document.verification_code });
  });

  it('issues one document per subject: asked again, it answers the first without rendering', async () => {
    const { req, rendered } = request();
    const first = await issuePdf(t.db, deps, req);
    const again = await issuePdf(t.db, deps, req);
    expect(again).toEqual({ document: first.document, created: false, bytes: null });
    expect(rendered).toHaveLength(1);
  });

  it('issues one document per subject when two ask at once', async () => {
    const { req } = request();
    const answers = await Promise.all([issuePdf(t.db, deps, req), issuePdf(t.db, deps, req)]);
    expect(new Set(answers.map((a) => a.document.id)).size).toBe(1);
    expect(answers.filter((a) => a.created)).toHaveLength(1);
    const rows = await t.db
      .selectFrom('issued_document')
      .select('id')
      .where('subject', '=', req.subject)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("commits with the caller's transaction, or not at all", async () => {
    const { req } = request();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await issuePdf(trx, deps, req);
        throw new Error('the caller gives up');
      }),
    ).rejects.toThrow('the caller gives up');
    const rows = await t.db
      .selectFrom('issued_document')
      .select('id')
      .where('subject', '=', req.subject)
      .execute();
    expect(rows).toEqual([]);
  });

  it('serves the stored copy, and renders a lost copy again byte for byte', async () => {
    const { req, rendered } = request();
    const first = await servePdf(t.db, deps, req);
    expect(rendered).toHaveLength(1);
    const served = await servePdf(t.db, deps, req);
    expect(rendered).toHaveLength(1);
    expect(served.bytes.equals(first.bytes)).toBe(true);
    await t.deps.documents.delete(first.document.storage_key);
    const restored = await servePdf(t.db, deps, req);
    expect(rendered).toHaveLength(2);
    expect(restored).toEqual(first);
    expect((await readIssuedPdf(deps, first.document)).equals(first.bytes)).toBe(true);
  });

  it('keeps an issued document as issued (append-only)', async () => {
    const { req } = request();
    const { document } = await issuePdf(t.db, deps, req);
    await expect(
      t.db.updateTable('issued_document').set({ title: 'changed' }).where('id', '=', document.id).execute(),
    ).rejects.toThrow(/append-only/);
  });
});
