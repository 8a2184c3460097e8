import type { Api } from './api';

/** Who is signed in, as the API says (GET /auth/me). */
export interface Actor {
  readonly userId: string;
  readonly login: string;
  readonly organisationId: string;
  readonly organisationKind: string;
  readonly regionCode: string | null;
  readonly roles: readonly string[];
}

export const SESSION_COOKIE = 'jicai_session';

/** The session's user, or null when there is no session or it has ended. */
export async function currentActor(client: Api, hasSession: boolean): Promise<Actor | null> {
  if (!hasSession) return null;
  const { data } = await client.GET('/auth/me');
  return data ?? null;
}

export const hasRole = (actor: Actor | null, role: string) => actor?.roles.includes(role) ?? false;
