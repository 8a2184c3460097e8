import type { Db } from '../db/database.js';
import type { Actor } from './roles.js';

/** How a request proved who it is: the kind of credential and its SHA-256 (never the secret). */
export interface Credential {
  readonly kind: 'session' | 'api-token';
  readonly hash: string;
}

const TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;

interface ActorCache {
  readonly byCredential: Map<string, { actor: Actor; until: number }>;
  /** user id → its credentials' keys: a revocation on any node forgets all of them (node-bus/) */
  readonly byUser: Map<string, Set<string>>;
}

const caches = new WeakMap<Db, ActorCache>();

function cacheOf(db: Db) {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = { byCredential: new Map(), byUser: new Map() }));
  return cache;
}

const keyOf = (credential: Credential) => `${credential.kind}:${credential.hash}`;

function drop(cache: ActorCache, key: string) {
  const hit = cache.byCredential.get(key);
  if (!hit) return;
  cache.byCredential.delete(key);
  const keys = cache.byUser.get(hit.actor.userId);
  keys?.delete(key);
  if (keys?.size === 0) cache.byUser.delete(hit.actor.userId);
}

/**
 * Actors remembered per credential for routes whose write re-checks the credential in the database
 * inside its own statement (a sealed bid): a remembered actor can never make the database accept
 * what it would refuse, it only spares the lookup round trip. Every other route looks up each time.
 */
export function rememberedActor(db: Db, credential: Credential, now = Date.now()): Actor | undefined {
  const cache = cacheOf(db);
  const key = keyOf(credential);
  const hit = cache.byCredential.get(key);
  if (hit && hit.until > now) return hit.actor;
  if (hit) drop(cache, key);
  return undefined;
}

export function rememberActor(db: Db, credential: Credential, actor: Actor, now = Date.now()): void {
  const cache = cacheOf(db);
  if (cache.byCredential.size >= MAX_ENTRIES) forgetAllActors(db);
  const key = keyOf(credential);
  drop(cache, key);
  cache.byCredential.set(key, { actor, until: now + TTL_MS });
  const keys = cache.byUser.get(actor.userId);
  if (keys) keys.add(key);
  else cache.byUser.set(actor.userId, new Set([key]));
}

/** The database refused the credential: the next request looks it up again. */
export function forgetActor(db: Db, credential: Credential): void {
  drop(cacheOf(db), keyOf(credential));
}

/** One of the user's credentials ended, or the user changed (told by PostgreSQL, from any node). */
export function forgetUser(db: Db, userId: string): void {
  const cache = cacheOf(db);
  for (const key of [...(cache.byUser.get(userId) ?? [])]) drop(cache, key);
}

/** The organisation changed: every actor of it is looked up again (rare: a scan is enough). */
export function forgetOrganisation(db: Db, organisationId: string): void {
  const cache = cacheOf(db);
  for (const [key, { actor }] of cache.byCredential)
    if (actor.organisationId === organisationId) drop(cache, key);
}

/** Notifications may have been missed (node-bus resync): nothing remembered is trusted. */
export function forgetAllActors(db: Db): void {
  const cache = cacheOf(db);
  cache.byCredential.clear();
  cache.byUser.clear();
}
