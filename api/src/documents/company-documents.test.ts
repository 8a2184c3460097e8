import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUser, PASSWORD } from '../test-support/fixtures.js';
import { readProblem, testSessions } from '../test-support/sign-in.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { putPresigned, sampleExe, samplePdf, sha256Hex } from '../test-support/upload-files.js';
import type { CompanyDocument, CompanyDocumentUpload } from './company-documents.schema.js';

type Upload = { document: CompanyDocument; upload: (typeof CompanyDocumentUpload._output)['upload'] };
type OrgUser = Awaited<ReturnType<typeof createOrgUser>>;
let t: TestContext;
let as: ReturnType<typeof testSessions>;
let companyA: OrgUser;

beforeAll(async () => {
  t = await createTestContext();
  as = testSessions(t, PASSWORD);
  await createOrgUser(t.db, 'office', ['office-official'], 'official1');
  await createOrgUser(t.db, 'office', ['auditor'], 'auditor1');
  await createOrgUser(t.db, 'hospital', ['hospital-user'], 'hospital1');
  companyA = await createOrgUser(t.db, 'company', ['company-user'], 'company-a');
  await createOrgUser(t.db, 'company', ['company-user'], 'company-b');
});
afterAll(() => t.close());

const declare = (bytes: Buffer, more: Record<string, unknown> = {}) => ({
  kind: 'gmp-certificate',
  filename: 'GMP证书.pdf',
  contentType: 'application/pdf',
  size: bytes.length,
  sha256: sha256Hex(bytes),
  ...more,
});

async function ask(login: string, body: unknown): Promise<Upload> {
  const res = await t.request('/api/company-documents', {
    method: 'POST',
    json: body,
    cookie: await as(login),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Upload;
}
const confirm = async (login: string, id: string) =>
  t.request(`/api/company-documents/${id}/confirm`, { method: 'POST', cookie: await as(login) });
const get = async (login: string, path: string) => t.request(`/api/${path}`, { cookie: await as(login) });
const uploadKeyOf = async (id: string) =>
  (
    await t.db
      .selectFrom('company_document')
      .select('upload_key')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).upload_key;
const auditOf = (id: string) =>
  t.db
    .selectFrom('audit_event')
    .select(['stream', 'action', 'payload'])
    .where('subject', '=', `company-document:${id}`)
    .orderBy('seq')
    .execute();

describe('company documents by presigned upload', () => {
  it('go from pending to accepted once the stored file matches; the office sees the verified hash and downloads it', async () => {
    const pdf = samplePdf('GMP A');
    const { document, upload } = await ask('company-a', declare(pdf));
    expect(document).toMatchObject({ state: 'pending', kind: 'gmp-certificate', decidedAt: null });
    expect(document.kindName).toEqual({ zh: '药品GMP证书', en: 'GMP certificate' });
    expect(upload.url).not.toContain(encodeURIComponent('GMP证书')); // the key is the platform's own
    expect((await putPresigned(upload, pdf)).status).toBe(200);

    const res = await confirm('company-a', document.id);
    expect(res.status).toBe(200);
    const accepted = (await res.json()) as CompanyDocument;
    expect(accepted).toMatchObject({ state: 'accepted', sha256: sha256Hex(pdf), size: pdf.length });
    expect(accepted.decidedAt).not.toBeNull();
    // the upload key is dropped: the verified copy lives where no URL was handed out
    expect(await t.deps.documents.head(await uploadKeyOf(document.id))).toBeNull();

    const audit = await auditOf(document.id);
    expect(audit.map((a) => a.action)).toEqual(['company-document.requested', 'company-document.accepted']);
    expect(audit[1]).toMatchObject({
      stream: `company:${companyA.organisationId}`,
      payload: { sha256: sha256Hex(pdf), size: pdf.length, contentType: 'application/pdf' },
    });

    for (const login of ['official1', 'auditor1']) {
      const list = (await (await get(login, 'company-documents?state=accepted')).json()) as {
        items: CompanyDocument[];
      };
      expect(list.items.find((d) => d.id === document.id)).toMatchObject({
        companyId: companyA.organisationId,
        companyName: 'company company-a',
        sha256: sha256Hex(pdf),
        uploadedBy: { userId: companyA.userId, displayName: 'company-a' },
      });
    }
    const download = await get('official1', `company-documents/${document.id}/download`);
    expect(download.status).toBe(303);
    expect(download.headers.get('cache-control')).toBe('no-store');
    const file = await fetch(download.headers.get('location') as string);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''GMP%E8%AF%81%E4%B9%A6.pdf");
    expect(sha256Hex(Buffer.from(await file.arrayBuffer()))).toBe(sha256Hex(pdf));
  });

  it('answers a second confirm with the accepted document, and records the hash once', async () => {
    const pdf = samplePdf('twice');
    const { document, upload } = await ask('company-a', declare(pdf, { kind: 'letter-of-authorisation' }));
    await putPresigned(upload, pdf);
    const first = (await (await confirm('company-a', document.id)).json()) as CompanyDocument;
    const again = await confirm('company-a', document.id);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    expect((await auditOf(document.id)).filter((a) => a.action === 'company-document.accepted')).toHaveLength(
      1,
    );
  });

  it('accepts once when two confirms race', async () => {
    const pdf = samplePdf('race');
    const { document, upload } = await ask('company-a', declare(pdf));
    await putPresigned(upload, pdf);
    const both = await Promise.all([confirm('company-a', document.id), confirm('company-a', document.id)]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect((await auditOf(document.id)).filter((a) => a.action === 'company-document.accepted')).toHaveLength(
      1,
    );
  });

  it('rejects another file of the declared size, names the hash, discards it, and stays rejected', async () => {
    const declared = samplePdf('AAAA');
    const { document, upload } = await ask('company-a', declare(declared));
    await putPresigned(upload, samplePdf('BBBB'));
    const res = await confirm('company-a', document.id);
    expect(res.status).toBe(422);
    const problem = await readProblem(res);
    expect(problem.code).toBe('UPLOAD_REJECTED');
    expect(problem.errors.map((e) => e.path)).toEqual(['sha256']);
    expect(problem.errors[0]?.messageZh).toContain('SHA-256');
    expect(problem.detailZh).toContain('已丢弃');
    expect(await t.deps.documents.head(await uploadKeyOf(document.id))).toBeNull();
    const now = (await (
      await get('company-a', `company-documents/${document.id}`)
    ).json()) as CompanyDocument;
    expect(now).toMatchObject({
      state: 'rejected',
      rejection: [expect.objectContaining({ path: 'sha256' })],
    });
    expect((await auditOf(document.id)).map((a) => a.action)).toContain('company-document.rejected');
    const again = await confirm('company-a', document.id);
    expect(again.status).toBe(409);
    expect((await readProblem(again)).code).toBe('INVALID_STATE');
    expect((await get('official1', `company-documents/${document.id}/download`)).status).toBe(409);
  });

  it('reads the type from the bytes: an executable renamed .pdf is rejected', async () => {
    const exe = sampleExe();
    const { document, upload } = await ask('company-a', declare(exe, { filename: 'GMP证书.pdf' }));
    expect((await putPresigned(upload, exe)).status).toBe(200);
    const res = await confirm('company-a', document.id);
    expect(res.status).toBe(422);
    expect((await readProblem(res)).errors).toEqual([
      expect.objectContaining({
        path: 'contentType',
        message: expect.stringContaining('application/x-msdownload'),
      }),
    ]);
  });

  it('keeps a document pending while nothing is uploaded, takes the file after, and rejects once the URL expired', async () => {
    const pdf = samplePdf('late');
    const { document, upload } = await ask('company-a', declare(pdf));
    const early = await confirm('company-a', document.id);
    expect(early.status).toBe(409);
    const problem = await readProblem(early);
    expect(problem.code).toBe('UPLOAD_MISSING');
    expect(problem).toMatchObject({ uploadExpiresAt: upload.expiresAt });
    await putPresigned(upload, pdf);
    expect((await confirm('company-a', document.id)).status).toBe(200);

    const never = await ask('company-a', declare(samplePdf('never')));
    await t.db
      .updateTable('company_document')
      .set({ upload_expires_at: new Date('2020-01-01T00:00:00Z') } as never)
      .where('id', '=', never.document.id)
      .execute();
    const expired = await confirm('company-a', never.document.id);
    expect(expired.status).toBe(422);
    expect((await readProblem(expired)).errors.map((e) => e.path)).toEqual(['upload']);
  });

  it("are another company's business: 404 to it, refused to hospitals; a company lists only its own", async () => {
    const pdf = samplePdf('tenant');
    const { document, upload } = await ask('company-a', declare(pdf));
    await putPresigned(upload, pdf);
    for (const path of [`company-documents/${document.id}`, `company-documents/${document.id}/download`])
      expect((await get('company-b', path)).status).toBe(404);
    expect((await confirm('company-b', document.id)).status).toBe(404);
    expect((await t.deps.documents.head(await uploadKeyOf(document.id)))?.size).toBe(pdf.length);
    const listed = (await (await get('company-b', 'company-documents')).json()) as { items: unknown[] };
    expect(listed.items).toEqual([]);
    const filtered = await get('company-b', `company-documents?companyId=${companyA.organisationId}`);
    expect(((await filtered.json()) as { items: unknown[] }).items).toEqual([]);
    expect((await get('hospital1', 'company-documents')).status).toBe(403);
    expect((await get('hospital1', `company-documents/${document.id}`)).status).toBe(403);
    const own = (await (await get('company-a', 'company-documents')).json()) as { items: CompanyDocument[] };
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((d) => d.companyId === companyA.organisationId)).toBe(true);
  });

  it('refuses a declaration outside the limits before any URL is handed out', async () => {
    const cookie = await as('company-a');
    const send = (body: unknown) =>
      t.request('/api/company-documents', { method: 'POST', json: body, cookie });
    const pdf = samplePdf();
    for (const [more, path] of [
      [{ size: 20 * 1024 * 1024 + 1 }, 'size'],
      [{ contentType: 'application/x-msdownload' }, 'contentType'],
      [{ sha256: 'abc' }, 'sha256'],
      [{ kind: 'passport' }, 'kind'],
      [{ filename: '../etc/passwd' }, 'filename'],
      [{ registrationId: '00000000-0000-4000-8000-000000000000' }, 'registrationId'],
    ] as const) {
      const res = await send(declare(pdf, more));
      expect(res.status, path).toBe(400);
      expect((await readProblem(res)).errors.map((e) => e.path)).toContain(path);
    }
    // what a clerk reads: megabytes and file types as people name them, in Chinese
    const words = async (more: Record<string, unknown>) =>
      (await readProblem(await send(declare(pdf, more)))).errors.map((e) => e.messageZh);
    expect(await words({ size: 20 * 1024 * 1024 + 1 })).toContain('文件不能大于 20 MB');
    expect(await words({ size: 0 })).toContain('文件为空');
    expect(await words({ contentType: 'text/plain' })).toContain('文件类型不在可接受之列（PDF, JPEG, PNG）');
    const office = await t.request('/api/company-documents', {
      method: 'POST',
      json: declare(pdf),
      cookie: await as('official1'),
    });
    expect(office.status).toBe(403);
  });
});
