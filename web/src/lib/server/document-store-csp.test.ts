import { describe, expect, it } from 'vitest';
import { allowDocumentStore } from './document-store-csp';

const CSP = "default-src 'self'; connect-src 'self'; img-src 'self' data:";

describe("the pages' CSP and the document store", () => {
  it("adds the store's origin to connect-src, once", () => {
    const added = allowDocumentStore(CSP, 'http://127.0.0.1:4569');
    expect(added).toBe("default-src 'self'; connect-src 'self' http://127.0.0.1:4569; img-src 'self' data:");
    expect(allowDocumentStore(added, 'http://127.0.0.1:4569')).toBe(added);
  });

  it('leaves the policy alone without an origin, or with something that is not one', () => {
    expect(allowDocumentStore(CSP, null)).toBe(CSP);
    expect(allowDocumentStore(CSP, "http://x; script-src 'unsafe-inline'")).toBe(CSP);
  });
});
