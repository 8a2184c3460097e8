import { createHash } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { fileTypeFromBuffer } from 'file-type';
import { AppError, type FieldProblem } from '../http/app-error.js';
import type { DocumentStore } from './document-store.js';

/**
 * Uploads by presigned PUT, for any feature that takes files from browsers: the client declares the
 * file (name, type, size, SHA-256), PUTs it straight to the store at a platform-chosen key, then asks
 * the platform to verify it. Only a verified object is ever accepted; the caller records the hash.
 */

/** What browsers may upload unless a feature says otherwise: PDF scans and photos of certificates. */
export const UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** 20 MiB: a scanned multi-page certificate fits; the platform reads the whole object to hash it */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;
/** a presigned PUT lives 10 minutes: long enough for 20 MiB on a slow line, short enough to leak little */
export const UPLOAD_EXPIRES_S = 600;

const SHA256_HEX = /^[0-9a-f]{64}$/;
// a name shown and offered back on download: no path, no control characters
const FILENAME = /^[^/\\\u0000-\u001f\u007f]+$/;

/** The declaration's fields, for a feature's request body (`.extend()` it with its own). */
export function uploadDeclaration(
  options: { types?: readonly [string, ...string[]]; maxBytes?: number } = {},
) {
  const types = options.types ?? UPLOAD_TYPES;
  const maxBytes = options.maxBytes ?? UPLOAD_MAX_BYTES;
  return z.object({
    filename: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(FILENAME, 'a file name without a path or control characters')
      .openapi({ example: 'GMP证书.pdf' }),
    contentType: z
      .enum(types, `the file is not one of the accepted types (${types.map(typeName).join(', ')})`)
      .openapi({ description: `one of ${types.join(', ')}` }),
    size: z
      .number()
      .int()
      .min(1, 'the file is empty')
      .max(maxBytes, `the file is larger than ${megabytes(maxBytes)} MB`)
      .openapi({ description: `bytes, 1–${maxBytes}` }),
    sha256: z
      .string()
      .trim()
      .toLowerCase()
      .regex(SHA256_HEX, 'the SHA-256 of the file, 64 hex digits')
      .openapi({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }),
  });
}

export interface DeclaredUpload {
  readonly contentType: string;
  readonly size: number;
  /** lower-case hex */
  readonly sha256: string;
}

/** Where and how the browser sends the file: exactly these headers, before `expiresAt`. */
export const PresignedUpload = z
  .object({
    method: z.literal('PUT'),
    url: z.string().url(),
    /** the signed headers: the PUT must carry exactly these (browsers add Content-Length themselves) */
    headers: z.object({ 'content-type': z.string() }),
    expiresAt: z.string(),
  })
  .openapi('PresignedUpload');
export type PresignedUpload = z.infer<typeof PresignedUpload>;

/** A presigned PUT of exactly the declared type and length to `key` (signed: a real store refuses others). */
export async function presignUpload(
  store: DocumentStore,
  key: string,
  declared: DeclaredUpload,
  now: Date,
  expiresInS = UPLOAD_EXPIRES_S,
): Promise<PresignedUpload> {
  const url = await store.presignPut(key, {
    contentType: declared.contentType,
    contentLength: declared.size,
    expiresInS,
  });
  return {
    method: 'PUT',
    url,
    headers: { 'content-type': declared.contentType },
    expiresAt: new Date(now.getTime() + expiresInS * 1000).toISOString(),
  };
}

export type UploadCheck =
  | {
      readonly outcome: 'verified';
      readonly size: number;
      readonly sha256: string;
      readonly contentType: string;
      /** the verified bytes, for `keepVerifiedUpload` */
      readonly bytes: Buffer;
    }
  | { readonly outcome: 'missing' }
  | { readonly outcome: 'mismatch'; readonly problems: readonly FieldProblem[] };

/**
 * Reads what was uploaded under `key` and compares it with the declaration: the size, the type by
 * its first bytes (a renamed .exe is not a PDF, whatever header it was sent with) and the SHA-256.
 * Changes nothing: the caller discards a mismatch (`store.delete(key)`) and records its outcome.
 */
export async function verifyUpload(
  store: DocumentStore,
  key: string,
  declared: DeclaredUpload,
): Promise<UploadCheck> {
  const head = await store.head(key);
  if (!head) return { outcome: 'missing' };
  if (head.size !== declared.size)
    return { outcome: 'mismatch', problems: [sizeProblem(head.size, declared)] };
  const bytes = await store.get(key);
  if (!bytes) return { outcome: 'missing' };
  const problems: FieldProblem[] = [];
  if (bytes.length !== declared.size) problems.push(sizeProblem(bytes.length, declared));
  const detected = (await fileTypeFromBuffer(bytes))?.mime ?? null;
  if (detected !== declared.contentType)
    problems.push({
      path: 'contentType',
      message: `declared ${declared.contentType}, but the file's content is ${detected ?? 'of no known type'}`,
      messageZh: `申报为 ${declared.contentType}，但文件内容${detected ? `是 ${detected}` : '不是可识别的类型'}`,
    });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== declared.sha256)
    problems.push({
      path: 'sha256',
      message: `declared ${declared.sha256}, but the uploaded file's SHA-256 is ${sha256}`,
      messageZh: `申报为 ${declared.sha256}，但上传文件的 SHA-256 为 ${sha256}`,
    });
  if (problems.length > 0) return { outcome: 'mismatch', problems };
  return { outcome: 'verified', size: bytes.length, sha256, contentType: declared.contentType, bytes };
}

/**
 * Stores the verified bytes under `key`, where no URL was ever handed out: the presigned PUT stays
 * usable until it expires, so the object under the upload key could still be replaced (same type and
 * length, other bytes) after it was verified; the kept copy cannot. The caller records the acceptance,
 * then drops the upload (`store.delete(uploadKey)`): in that order a concurrent confirm finds either
 * the upload or the recorded outcome.
 */
export async function keepVerifiedUpload(
  store: DocumentStore,
  key: string,
  verified: Extract<UploadCheck, { outcome: 'verified' }>,
): Promise<void> {
  await store.put(key, verified.bytes, { contentType: verified.contentType });
}

function sizeProblem(actual: number, declared: DeclaredUpload): FieldProblem {
  return {
    path: 'size',
    message: `declared ${declared.size} bytes, but ${actual} were uploaded`,
    messageZh: `申报 ${declared.size} 字节，实际上传 ${actual} 字节`,
  };
}

/** The problem for a mismatch: 422 UPLOAD_REJECTED with each differing field. */
export function uploadRejected(problems: readonly FieldProblem[], extra: Record<string, unknown> = {}) {
  return new AppError(
    'UPLOAD_REJECTED',
    {
      en: `the uploaded file is not the one declared (${problems.map((p) => p.path).join(', ')}); it was discarded, request a new upload`,
      zh: `上传的文件与申报不一致（${problems.map((p) => p.path).join('、')}），已丢弃，请重新申请上传`,
    },
    problems,
    extra,
  );
}

/** The problem for a confirm before the PUT arrived: 409 UPLOAD_MISSING; the upload stays open. */
export function uploadMissing(expiresAt: string) {
  return new AppError(
    'UPLOAD_MISSING',
    {
      en: `nothing has been uploaded yet; PUT the file to the upload URL (valid until ${expiresAt}), then confirm again`,
      zh: `尚未上传文件；请在 ${expiresAt} 前将文件 PUT 到上传地址，然后再次确认`,
    },
    [],
    { uploadExpiresAt: expiresAt },
  );
}

/** A byte limit as people say it (20971520 → "20"), for the messages a clerk reads. */
const megabytes = (bytes: number) => String(Math.round((bytes / 1024 / 1024) * 10) / 10);

const TYPE_NAMES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/zip': 'ZIP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (.xlsx)',
};
const typeName = (type: string) => TYPE_NAMES[type] ?? type;
