import { createRoute } from '@hono/zod-openapi';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES } from '../http/router.js';
import { ReceiptVerificationKey } from './bids.schema.js';

/**
 * The key that verifies receipts and signed records, public from the start: a company checks its
 * receipt the moment it gets it, not only once an evaluation record (which also names it) exists.
 */
export const receiptKeyRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/receipts/verification-key',
    operationId: 'getReceiptVerificationKey',
    security: [],
    tags: ['bids'],
    summary:
      "The platform's Ed25519 public key that signs bid receipts, commitments and records (public; see docs/receipts.md)",
    responses: {
      200: {
        description: 'the key; `keyId` is the one every receipt names',
        ...json(ReceiptVerificationKey),
      },
      ...PROBLEM_RESPONSES,
    },
  }),
  (c) => {
    const { keyId, publicKeyPem } = c.var.deps.signer;
    return c.json({ algorithm: 'Ed25519' as const, keyId, publicKeyPem }, 200);
  },
);
