import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBidding, createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';
import { readProblem } from '../test-support/sign-in.js';
import {
  attachFile,
  bidDual,
  confirm,
  openTechnical,
  pdfBytes,
  PNG_BYTES,
  putToStore,
  requestUpload,
  sha256,
} from '../test-support/technical-file-client.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

type User = BidWorld['companies'][number];
const dualWorld = () =>
  createBidWorld(t.db, { companies: 3, products: ['P1'], officials: 3, k: 2, dualEnvelope: true });
/** the stored object of a sealed file, straight from the store */
const sealedKeyOf = async (fileId: string) =>
  (
    await t.db
      .selectFrom('technical_file')
      .select('sealed_key')
      .where('id', '=', fileId)
      .executeTakeFirstOrThrow()
  ).sealed_key;
const sealedObject = async (fileId: string) => t.deps.documents.get(await sealedKeyOf(fileId));

interface OpenedFile {
  fileId: string;
  companyId: string;
  productCode: string;
  name: string;
  sha256: string;
  status: string;
  problem: string | null;
  downloadUrl: string | null;
  downloadExpiresInS: number | null;
}

describe('technical files of a dual-envelope round', () => {
  it('are sealed on confirmation: only ciphertext is stored, the staged plaintext is gone', async () => {
    const w = await dualWorld();
    const c0 = w.companies[0] as User;
    await bidDual(t, w, c0);
    const bytes = pdfBytes('GMP-CERT-2024-001 marker');
    const sealed = await attachFile(t, w, c0, bytes, 'GMP 证书.pdf');
    expect(sealed).toMatchObject({
      name: 'GMP 证书.pdf',
      size: bytes.length,
      sha256: sha256(bytes),
      status: 'sealed',
    });

    const stored = await sealedObject(sealed.fileId);
    expect(stored).not.toBeNull();
    expect(stored?.equals(bytes)).toBe(false);
    expect(stored?.includes(bytes)).toBe(false);
    expect(stored?.includes(Buffer.from('GMP-CERT-2024-001'))).toBe(false);
    expect(stored?.includes(Buffer.from('%PDF'))).toBe(false);
    expect(await t.deps.documents.head(`technical-files/staging/${sealed.fileId}`)).toBeNull();

    const audit = await t.db
      .selectFrom('audit_event')
      .select(['stream', 'payload'])
      .where('action', '=', 'technical-file.sealed')
      .where('stream', '=', `round:${w.roundId}:company:${c0.organisationId}`)
      .execute();
    expect(audit.map((a) => a.payload)).toEqual([
      expect.objectContaining({ fileId: sealed.fileId, sha256: sha256(bytes), size: bytes.length }),
    ]);

    const mine = await t.request(`/api/rounds/${w.roundId}/technical-files/mine`, { token: c0.token });
    expect(((await mine.json()) as { items: unknown[] }).items).toEqual([
      expect.objectContaining({ fileId: sealed.fileId, productCode: 'P1', sha256: sha256(bytes) }),
    ]);
  });

  it('answers before the technical opening as if no file existed, to everyone but its company', async () => {
    const w = await dualWorld();
    const [c0, c1] = w.companies as [User, User];
    await bidDual(t, w, c0);
    await attachFile(t, w, c0, pdfBytes('secret'), 'a.pdf');
    for (const token of [w.admin.token, w.auditor.token, w.officials[0]?.token, undefined]) {
      const res = await t.request(`/api/rounds/${w.roundId}/technical-files`, { token });
      expect(res.status).toBe(token ? 404 : 401);
    }
    const other = await t.request(`/api/rounds/${w.roundId}/technical-files/mine`, { token: c1.token });
    expect(await other.json()).toEqual({ items: [], nextCursor: null });
    await closeBidding(t.db, w.roundId);
    const closed = await t.request(`/api/rounds/${w.roundId}/technical-files`, { token: w.admin.token });
    expect(closed.status).toBe(404);
  });

  it('are released at the technical opening: a 5-minute presigned GET gives the exact bytes; a tampered one is recorded', async () => {
    const w = await dualWorld();
    const [c0, c1, c2] = w.companies as [User, User, User];
    for (const c of [c0, c1, c2]) await bidDual(t, w, c);
    const good = pdfBytes('good file');
    const kept = await attachFile(t, w, c0, good, '质量标准.pdf');
    const altered = await attachFile(t, w, c1, pdfBytes('altered file'), 'altered.pdf');
    const moved = await attachFile(t, w, c2, pdfBytes('moved file'), 'moved.pdf');
    // one ciphertext altered in the store, another replaced by a validly sealed box of another file
    const box = (await sealedObject(altered.fileId)) as Buffer;
    box[box.length - 20] = (box[box.length - 20] as number) ^ 1;
    await t.deps.documents.put(await sealedKeyOf(altered.fileId), box, {
      contentType: 'application/octet-stream',
    });
    const other = (await sealedObject(kept.fileId)) as Buffer;
    await t.deps.documents.put(await sealedKeyOf(moved.fileId), other, {
      contentType: 'application/octet-stream',
    });

    await closeBidding(t.db, w.roundId);
    expect(await openTechnical(t, w)).toMatchObject({ phase: 'technical', status: 'opened' });

    const res = await t.request(`/api/rounds/${w.roundId}/technical-files`, { token: w.officials[2]?.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const items = ((await res.json()) as { items: OpenedFile[] }).items;
    const byId = new Map(items.map((i) => [i.fileId, i]));
    expect(byId.get(kept.fileId)).toMatchObject({
      companyId: c0.organisationId,
      name: '质量标准.pdf',
      sha256: sha256(good),
      status: 'released',
      problem: null,
      downloadExpiresInS: 300,
    });
    const url = byId.get(kept.fileId)?.downloadUrl as string;
    expect(new URL(url).searchParams.get('X-Amz-Expires')).toBe('300');
    const download = await fetch(url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(good)).toBe(true);
    for (const f of [altered, moved])
      expect(byId.get(f.fileId)).toMatchObject({
        status: 'tampered',
        downloadUrl: null,
        problem: expect.stringMatching(/decrypt/),
      });

    const released = await t.db
      .selectFrom('audit_event')
      .select('payload')
      .where('action', '=', 'technical-files.released')
      .where('stream', '=', `round:${w.roundId}`)
      .executeTakeFirstOrThrow();
    expect(released.payload).toMatchObject({
      released: [{ fileId: kept.fileId, sha256: sha256(good) }],
      tampered: expect.arrayContaining([expect.objectContaining({ fileId: altered.fileId })]),
    });
    const mine = await t.request(`/api/rounds/${w.roundId}/technical-files/mine`, { token: c0.token });
    expect(((await mine.json()) as { items: { status: string }[] }).items.map((i) => i.status)).toEqual([
      'released',
    ]);
  });

  it('records a file whose recorded hash no longer matches as tampered, never skips it', async () => {
    const w = await dualWorld();
    const c0 = w.companies[0] as User;
    await bidDual(t, w, c0);
    const f = await attachFile(t, w, c0, pdfBytes('hash'), 'hash.pdf');
    await t.db
      .updateTable('technical_file')
      .set({ sha256: 'f'.repeat(64) })
      .where('id', '=', f.fileId)
      .execute();
    await closeBidding(t.db, w.roundId);
    await openTechnical(t, w);
    const row = await t.db
      .selectFrom('technical_file')
      .select(['status', 'problem', 'released_key'])
      .where('id', '=', f.fileId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      status: 'tampered',
      problem: expect.stringMatching(/SHA-256/),
      released_key: null,
    });
  });
});

describe('attaching technical files', () => {
  it('is refused after the deadline (database clock), without a live bid, in a single-envelope round, to others', async () => {
    const w = await dualWorld();
    const [c0, c1] = w.companies as [User, User];
    const declared = { filename: 'x.pdf', contentType: 'application/pdf', size: 10, sha256: 'a'.repeat(64) };
    const ask = (c: User | { token: string }, product = 'P1') =>
      t.request(`/api/rounds/${w.roundId}/bids/${product}/technical-files/uploads`, {
        method: 'POST',
        token: c.token,
        json: declared,
      });
    expect((await readProblem(await ask(c1))).code).toBe('NOT_FOUND');
    expect((await ask(w.admin)).status).toBe(403);
    await bidDual(t, w, c0);
    const ticket = (await (await ask(c0)).json()) as { uploadId: string };
    // another company cannot confirm (or learn of) the upload
    const stolen = await t.request(`/api/rounds/${w.roundId}/bids/P1/technical-files`, {
      method: 'POST',
      token: c1.token,
      json: { uploadId: ticket.uploadId },
    });
    expect([stolen.status, (await readProblem(stolen)).errors[0]?.path]).toEqual([400, 'uploadId']);
    await closeBidding(t.db, w.roundId);
    const late = await readProblem(await ask(c0));
    expect(late.code).toBe('DEADLINE_PASSED');

    const single = await createBidWorld(t.db, { companies: 1, products: ['P1'] });
    const res = await t.request(`/api/rounds/${single.roundId}/bids/P1/technical-files/uploads`, {
      method: 'POST',
      token: single.companies[0]?.token,
      json: declared,
    });
    expect([res.status, (await readProblem(res)).code]).toEqual([409, 'INVALID_STATE']);
  });

  it('seals a file once when its confirmation is sent twice at once (a double click)', async () => {
    const w = await dualWorld();
    const c0 = w.companies[0] as User;
    await bidDual(t, w, c0);
    const bytes = pdfBytes('twice');
    const ticketRes = await requestUpload(t, w, c0, {
      filename: 'twice.pdf',
      contentType: 'application/pdf',
      size: bytes.length,
      sha256: sha256(bytes),
    });
    const ticket = (await ticketRes.json()) as {
      uploadId: string;
      url: string;
      headers: Record<string, string>;
    };
    await putToStore(ticket, bytes);
    const answers = await Promise.all([1, 2].map(() => confirm(t, w, c0, ticket.uploadId)));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const rows = await t.db
      .selectFrom('technical_file')
      .select('id')
      .where('id', '=', ticket.uploadId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(await sealedObject(ticket.uploadId)).not.toBeNull();
    await closeBidding(t.db, w.roundId);
    await openTechnical(t, w);
    const listed = await t.request(`/api/rounds/${w.roundId}/technical-files`, { token: w.admin.token });
    const items = ((await listed.json()) as { items: OpenedFile[] }).items;
    expect(items.map((i) => [i.fileId, i.status])).toEqual([[ticket.uploadId, 'released']]);
  });

  it('checks the upload against its declaration (SHA-256, type by content) and drops a mismatch', async () => {
    const w = await dualWorld();
    const c0 = w.companies[0] as User;
    await bidDual(t, w, c0);
    const bytes = pdfBytes('declared');
    const cases = [
      { put: bytes, declared: { contentType: 'application/pdf', sha256: 'b'.repeat(64) }, path: 'sha256' },
      {
        put: PNG_BYTES,
        declared: { contentType: 'application/pdf', sha256: sha256(PNG_BYTES) },
        path: 'contentType',
      },
    ];
    for (const c of cases) {
      const ticketRes = await requestUpload(t, w, c0, {
        filename: 'f.pdf',
        size: c.put.length,
        ...c.declared,
      });
      const ticket = (await ticketRes.json()) as {
        uploadId: string;
        url: string;
        headers: Record<string, string>;
      };
      const early = await confirm(t, w, c0, ticket.uploadId);
      expect([early.status, (await readProblem(early)).code]).toEqual([409, 'UPLOAD_MISSING']);
      await putToStore(ticket, c.put);
      const res = await confirm(t, w, c0, ticket.uploadId);
      const rejected = await readProblem(res);
      expect([res.status, rejected.code, rejected.errors.map((e) => e.path)]).toEqual([
        422,
        'UPLOAD_REJECTED',
        [c.path],
      ]);
      expect(await t.deps.documents.head(`technical-files/staging/${ticket.uploadId}`)).toBeNull();
    }
    const mine = await t.request(`/api/rounds/${w.roundId}/technical-files/mine`, { token: c0.token });
    expect(await mine.json()).toEqual({ items: [], nextCursor: null });
  });

  it('lets the company remove a file, and withdrawing the bid discards its files (never released)', async () => {
    const w = await dualWorld();
    const [c0, c1] = w.companies as [User, User];
    await bidDual(t, w, c0);
    await bidDual(t, w, c1);
    const removed = await attachFile(t, w, c0, pdfBytes('removed'), 'removed.pdf');
    const kept = await attachFile(t, w, c0, pdfBytes('kept'), 'kept.pdf');
    const res = await t.request(`/api/rounds/${w.roundId}/bids/P1/technical-files/removal`, {
      method: 'POST',
      token: c0.token,
      json: { fileId: removed.fileId },
    });
    expect(await res.json()).toEqual({ fileId: removed.fileId, removed: true });
    expect(await sealedObject(removed.fileId)).toBeNull();
    const byOther = await t.request(`/api/rounds/${w.roundId}/bids/P1/technical-files/removal`, {
      method: 'POST',
      token: c1.token,
      json: { fileId: kept.fileId },
    });
    expect([byOther.status, (await readProblem(byOther)).errors[0]?.path]).toEqual([400, 'fileId']);

    const withdrawn = await attachFile(t, w, c1, pdfBytes('withdrawn'), 'withdrawn.pdf');
    const withdraw = await t.request(`/api/rounds/${w.roundId}/bids/P1`, {
      method: 'DELETE',
      token: c1.token,
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(withdraw.status).toBe(200);
    const mine = await t.request(`/api/rounds/${w.roundId}/technical-files/mine`, { token: c1.token });
    expect(await mine.json()).toEqual({ items: [], nextCursor: null });
    // bidding again starts without the withdrawn bid's files
    await bidDual(t, w, c1);
    const again = await t.request(`/api/rounds/${w.roundId}/technical-files/mine`, { token: c1.token });
    expect(await again.json()).toEqual({ items: [], nextCursor: null });
    await bidDual(t, w, c1, 'P1', '2.90');

    await closeBidding(t.db, w.roundId);
    await openTechnical(t, w);
    const listed = await t.request(`/api/rounds/${w.roundId}/technical-files`, { token: w.admin.token });
    const ids = ((await listed.json()) as { items: OpenedFile[] }).items.map((i) => i.fileId);
    expect(ids).toEqual([kept.fileId]);
    expect(await sealedObject(withdrawn.fileId)).toBeNull();
  });
});
