import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import mergePatch from 'json-merge-patch';

// Validators of what the OCDS routes publish: our own schema (api/src/ocds/schema, draft-07), and the
// official OCDS 1.1.5 release package and release schemas (draft-04, vendored in ocds-1.1.5/ so no
// test needs the network) with our extension's release-schema.json applied as a JSON merge patch
// (RFC 7386), as OCDS tooling applies extensions.

// CommonJS packages: their default export is on `.default` under NodeNext
const AjvDraft04 = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;

const read = (url: URL): any => JSON.parse(readFileSync(url, 'utf8'));
const here = (path: string) => new URL(path, import.meta.url);

const OFFICIAL_RELEASE = 'https://standard.open-contracting.org/schema/1__1__5/release-schema.json';
const VERSIONED_RELEASE =
  'https://standard.open-contracting.org/schema/1__1__5/versioned-release-validation-schema.json';

/** The official release schema with the extension merged in. */
export function extendedReleaseSchema(): any {
  const official = read(here('ocds-1.1.5/release-schema.json'));
  const patch = read(here('../ocds/extension/release-schema.json'));
  return mergePatch.apply(structuredClone(official), patch);
}

export interface Validators {
  /** our schema: a whole package */
  readonly ownPackage: (data: unknown) => string[];
  /** our schema: one release (a feed item) */
  readonly ownRelease: (data: unknown) => string[];
  /** official 1.1.5 release package + release merged with the extension */
  readonly officialPackage: (data: unknown) => string[];
  /** official 1.1.5 record package + release merged with the extension */
  readonly officialRecordPackage: (data: unknown) => string[];
}

const errorsOf = (validate: { errors?: unknown[] | null }) =>
  (validate.errors ?? []).map((e) => JSON.stringify(e));

export function ocdsValidators(): Validators {
  const own = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats(own);
  const ownSchema = read(here('../ocds/schema/jicai-release-package.schema.json'));
  own.addSchema(ownSchema);
  const ownPackage = own.compile(ownSchema);
  const ownRelease = own.getSchema(`${ownSchema.$id}#/definitions/Release`);
  if (!ownRelease) throw new Error('no Release definition');

  // draft-04 with OCDS's own keywords (codelist, openCodelist, deprecated …) allowed as annotations
  const official = new AjvDraft04({ allErrors: true, strict: false });
  addFormats(official);
  official.addSchema(extendedReleaseSchema(), OFFICIAL_RELEASE);
  const officialPackage = official.compile(read(here('ocds-1.1.5/release-package-schema.json')));
  // the record package schema names the versioned release schema for `versionedRelease`, which we
  // never publish (and do not vendor): it stands in as a schema that accepts nothing
  official.addSchema({ not: {} }, VERSIONED_RELEASE);
  const officialRecordPackage = official.compile(read(here('ocds-1.1.5/record-package-schema.json')));

  const run = (validate: ((d: unknown) => boolean) & { errors?: unknown[] | null }) => (data: unknown) =>
    validate(data) ? [] : errorsOf(validate);
  return {
    ownPackage: run(ownPackage),
    ownRelease: run(ownRelease),
    officialPackage: run(officialPackage),
    officialRecordPackage: run(officialRecordPackage),
  };
}
