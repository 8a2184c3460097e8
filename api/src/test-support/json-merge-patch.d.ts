// json-merge-patch ships no types: the one function the OCDS tests use (RFC 7386 apply).
declare module 'json-merge-patch' {
  const mergePatch: { apply(target: unknown, patch: unknown): any };
  export default mergePatch;
}
