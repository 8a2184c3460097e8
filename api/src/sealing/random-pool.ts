import { randomBytes } from 'node:crypto';

// Every sealed bid draws five small random values (salt, data key, three nonces); one draw from the
// CSPRNG per 64 KiB instead of one per value. Pools are never reused: each handed-out slice is
// bytes nobody else got.
const POOL_BYTES = 64 * 1024;
let pool = randomBytes(POOL_BYTES);
let offset = 0;

/** `n` fresh bytes from the operating system's CSPRNG (a copy: the caller may keep or wipe it). */
export function freshRandom(n: number): Buffer {
  if (n > POOL_BYTES / 16) return randomBytes(n);
  if (offset + n > POOL_BYTES) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  const out = Buffer.from(pool.subarray(offset, offset + n));
  offset += n;
  return out;
}
