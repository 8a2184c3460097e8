import type { Db } from '../db/database.js';
import type { Actor } from './roles.js';

/** How a request proved who it is: the kind of credential and its SHA-256 (never the secret). */
export interface Credential {
  readonly kind: 'session' | 'api-token';
  readonly hash: string;
}

const TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;
const caches = new WeakMap<Db, Map<string, { actor: Actor; until: number }>>();

function cacheOf(db: Db) {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/**
 * Actors remembered per credential for routes whose write re-checks the credential in the database
 * inside its own statement (a sealed bid): a remembered actor can never make the database accept
 * what it would refuse, it only spares the lookup round trip. Every other route looks up each time.
 */
export function rememberedActor(db: Db, credential: Credential, now = Date.now()): Actor | undefined {
  const cache = cacheOf(db);
  const key = `${credential.kind}:${credential.hash}`;
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.actor;
  if (hit) cache.delete(key);
  return undefined;
}

export function rememberActor(db: Db, credential: Credential, actor: Actor, now = Date.now()): void {
  const cache = cacheOf(db);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(`${credential.kind}:${credential.hash}`, { actor, until: now + TTL_MS });
}

/** The database refused the credential: the next request looks it up again. */
export function forgetActor(db: Db, credential: Credential): void {
  cacheOf(db).delete(`${credential.kind}:${credential.hash}`);
}
