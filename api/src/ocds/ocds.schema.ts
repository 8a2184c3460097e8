import { z } from '@hono/zod-openapi';
import { listOf } from '../http/list.js';

/** An OCDS release (OCDS 1.1 with the Jicai extension: docs/open-data.md); described, not re-validated here. */
export const OcdsRelease = z
  .object({
    ocid: z.string(),
    id: z.string(),
    date: z.string(),
    tag: z.array(z.string()),
    initiationType: z.literal('tender'),
  })
  .passthrough()
  .openapi('OcdsRelease', {
    description: 'An OCDS 1.1 release; money amounts are exact decimal numbers, also given as `amountText`',
  });

export const OcdsReleasePackage = z
  .object({
    uri: z.string(),
    version: z.literal('1.1'),
    publishedDate: z.string(),
    publisher: z.object({ name: z.string(), scheme: z.string().nullable(), uid: z.string().nullable() }),
    extensions: z.array(z.string()),
    releases: z.array(OcdsRelease),
  })
  .openapi('OcdsReleasePackage');

export const OcdsRecordPackage = z
  .object({
    uri: z.string(),
    version: z.literal('1.1'),
    publishedDate: z.string(),
    publisher: z.object({ name: z.string(), scheme: z.string().nullable(), uid: z.string().nullable() }),
    extensions: z.array(z.string()),
    packages: z.array(z.string()),
    records: z.array(
      z.object({ ocid: z.string(), releases: z.array(OcdsRelease), compiledRelease: OcdsRelease }),
    ),
  })
  .openapi('OcdsRecordPackage');

export const OcdsReleaseList = listOf(OcdsRelease, 'OcdsReleaseList');

export const EXTENSION_FILES = ['extension.json', 'release-schema.json', 'README.md'] as const;
export const CODELIST_FILES = [
  'bidOutcome.csv',
  'bidStatus.csv',
  'supplierRole.csv',
  'computationReason.csv',
] as const;

export const ExtensionFileParam = z.object({
  file: z.enum(EXTENSION_FILES).openapi({ param: { name: 'file', in: 'path' } }),
});
export const CodelistFileParam = z.object({
  file: z.enum(CODELIST_FILES).openapi({ param: { name: 'file', in: 'path' } }),
});
