// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Actor } from '$lib/server/actor';

declare global {
  namespace App {
    interface Locals {
      /** the signed-in user (GET /api/auth/me), or null */
      actor: Actor | null;
    }
    interface Error {
      message: string;
      /** the API's problem code, when the API refused */
      code?: string;
    }
  }
}
export {};
