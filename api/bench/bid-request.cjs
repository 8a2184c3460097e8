'use strict';
// autocannon's per-request hook, loaded by its worker thread (workers need a file, not a function):
// every request is a sealed bid of the next company × product with its own Idempotency-Key.
const { randomUUID } = require('node:crypto');
const { readFileSync } = require('node:fs');

const plan = JSON.parse(readFileSync(process.env.JICAI_BENCH_PLAN, 'utf8'));
let n = 0;

module.exports = function setupRequest(request) {
  const i = n++;
  const token = plan.tokens[i % plan.tokens.length];
  const product = plan.products[Math.floor(i / plan.tokens.length) % plan.products.length];
  request.method = 'PUT';
  request.path = `/api/rounds/${plan.roundId}/bids/${product}`;
  request.headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${token}`,
    'idempotency-key': randomUUID(),
  };
  request.body = JSON.stringify({
    specCode: 'S1',
    packPrice: `${10 + (i % 17)}.${String(i % 100).padStart(2, '0')}`,
  });
  return request;
};
