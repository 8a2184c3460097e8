/**
 * What a technical file may be: the documents feature's upload (`documents/upload.ts`) checks the
 * declared type by content. Technical dossiers also come as archives and office documents.
 */
export const TECHNICAL_FILE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

/** 25 MiB: a scanned test report or a dossier's part; larger dossiers go as several files */
export const MAX_TECHNICAL_FILE_BYTES = 25 * 1024 * 1024;
