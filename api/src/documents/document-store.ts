import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

/** Where the documents live: any S3 API (S3_ENDPOINT …), or the platform's own local one. */
export interface DocumentStoreSettings {
  readonly endpoint: string;
  readonly bucket: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly forcePathStyle: boolean;
}

export interface StoredObject {
  readonly size: number;
  readonly contentType: string | null;
}

/**
 * The one way the platform reads and writes documents. Keys are the platform's own (never a
 * user's file name), so a key names exactly one document version and is never reused.
 */
export interface DocumentStore {
  readonly bucket: string;
  /** the store's origin, for the portal's Content-Security-Policy (browsers PUT there directly) */
  readonly origin: string;
  put(key: string, body: Uint8Array, options: { contentType: string }): Promise<void>;
  /** the object's bytes, or null when there is none under the key */
  get(key: string): Promise<Buffer | null>;
  head(key: string): Promise<StoredObject | null>;
  /** a URL a browser may PUT exactly this type and length to, until it expires */
  presignPut(
    key: string,
    options: { contentType: string; contentLength: number; expiresInS: number },
  ): Promise<string>;
  /** a URL that reads the object until it expires; `filename` names the download */
  presignGet(key: string, options: { expiresInS: number; filename?: string }): Promise<string>;
  delete(key: string): Promise<void>;
  /** creates the bucket when it does not exist (the platform's start calls it once) */
  ensureBucket(): Promise<void>;
}

export function openDocumentStore(settings: DocumentStoreSettings): DocumentStore {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // S3-compatible stores (Swift's s3api, s3rver) know no flexible checksums; a presigned URL
    // that demanded one could never be used by a browser
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.bucket;
  return {
    bucket: Bucket,
    origin: new URL(settings.endpoint).origin,
    async put(key, body, { contentType }) {
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: contentType }));
    },
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!out.Body) return null;
        return Buffer.from(await out.Body.transformToByteArray());
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async head(key) {
      try {
        const out = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return { size: out.ContentLength ?? 0, contentType: out.ContentType ?? null };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    presignPut(key, { contentType, contentLength, expiresInS }) {
      const command = new PutObjectCommand({
        Bucket,
        Key: key,
        ContentType: contentType,
        ContentLength: contentLength,
      });
      // content-type and content-length are signed: a store that checks SigV4 refuses other ones
      return getSignedUrl(client, command, {
        expiresIn: expiresInS,
        signableHeaders: new Set(['content-type', 'content-length']),
      });
    },
    presignGet(key, { expiresInS, filename }) {
      const command = new GetObjectCommand({
        Bucket,
        Key: key,
        ResponseContentDisposition: filename ? attachment(filename) : undefined,
      });
      return getSignedUrl(client, command, { expiresIn: expiresInS });
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async ensureBucket() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
      } catch (error) {
        if (!isMissing(error)) throw error;
        await client.send(new CreateBucketCommand({ Bucket }));
      }
    },
  };
}

function isMissing(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  return (
    error.$metadata.httpStatusCode === 404 ||
    error.name === 'NoSuchKey' ||
    error.name === 'NotFound' ||
    error.name === 'NoSuchBucket'
  );
}

/** RFC 6266/5987: an ASCII fallback and the UTF-8 name, so Chinese file names survive. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
