/**
 * The platform's OCDS identity. The OCID prefix is `ocds-` + six characters, the shape the OCDS
 * prefix register hands out; `jicai0` is ours until a registered prefix replaces it here (and only
 * here: every ocid is built from this constant). An ocid is the prefix, a dash and the round code.
 */
export const OCID_PREFIX = 'ocds-jicai0';

/** The OCDS version every package declares (the 1.1 schema, validated against 1.1.5). */
export const OCDS_VERSION = '1.1';

/** Money is in renminbi. */
export const CURRENCY = 'CNY';

/** Who publishes: the platform, for the alliance's joint procurement office. */
export const PUBLISHER = { name: 'Jicai 集采平台', scheme: null, uid: null } as const;

/** The language of names and descriptions (the catalogue and organisations are in Chinese). */
export const RELEASE_LANGUAGE = 'zh';

export const ocidOf = (roundCode: string) => `${OCID_PREFIX}-${roundCode}`;

/** Where the extension is served (package `extensions` lists the absolute URL of its extension.json). */
export const EXTENSION_PATH = '/api/ocds/extension/extension.json';
