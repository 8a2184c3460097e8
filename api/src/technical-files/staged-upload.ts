import { fileTypeFromBuffer } from 'file-type';
import type { DocumentStore } from '../documents/document-store.js';
import { sha256Hex } from './technical-file-seal.js';

/**
 * "Presigned PUT, then verify": what a browser PUT to a staging key is accepted as only when the
 * stored bytes are what the company declared before the upload. (A small version of its own until
 * the documents feature's shared one lands; the lead folds them together.)
 */
export const TECHNICAL_FILE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
export type TechnicalFileType = (typeof TECHNICAL_FILE_TYPES)[number];

/** 25 MiB: a scanned certificate or a test report; larger dossiers go as several files */
export const MAX_TECHNICAL_FILE_BYTES = 25 * 1024 * 1024;

export interface DeclaredUpload {
  readonly size: number;
  readonly contentType: string;
  readonly sha256: string;
}

export type StagedCheck =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly path: string; readonly en: string; readonly zh: string };

/** Reads the staged object and checks its size, its type by content (magic bytes) and its SHA-256. */
export async function verifyStagedObject(
  store: DocumentStore,
  key: string,
  declared: DeclaredUpload,
): Promise<StagedCheck> {
  const head = await store.head(key);
  if (!head)
    return {
      ok: false,
      path: 'uploadId',
      en: 'nothing was uploaded to the presigned URL',
      zh: '预签名地址上没有已上传的文件',
    };
  if (head.size !== declared.size)
    return {
      ok: false,
      path: 'size',
      en: `the upload has ${head.size} bytes, not the ${declared.size} declared`,
      zh: `上传的文件为 ${head.size} 字节，与声明的 ${declared.size} 字节不符`,
    };
  const bytes = await store.get(key);
  if (!bytes || bytes.length !== declared.size)
    return {
      ok: false,
      path: 'size',
      en: 'the upload changed while it was read',
      zh: '读取时上传的文件发生了变化',
    };
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.mime !== declared.contentType)
    return {
      ok: false,
      path: 'contentType',
      en: `the content is ${detected?.mime ?? 'of no known type'}, not ${declared.contentType}`,
      zh: `文件内容为 ${detected?.mime ?? '未知类型'}，与声明的 ${declared.contentType} 不符`,
    };
  if (sha256Hex(bytes) !== declared.sha256)
    return {
      ok: false,
      path: 'sha256',
      en: 'the SHA-256 of the upload is not the one declared',
      zh: '上传文件的 SHA-256 与声明的不符',
    };
  return { ok: true, bytes };
}
