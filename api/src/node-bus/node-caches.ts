import { forgetAllActors, forgetOrganisation, forgetUser } from '../auth/actor-cache.js';
import { forgetAllRoundSealings, forgetRoundSealing } from '../bids/bid-round-cache.js';
import type { Db } from '../db/database.js';
import { CHANNELS, parseCredentialPayload } from './channels.js';
import type { NodeBus } from './node-bus.js';

/**
 * Keeps what this process remembers for `db` true across nodes: an actor is forgotten as soon as
 * any node (or script) revokes, ends or disables what it stands on, a round's sealing context as
 * soon as its key or catalogue changes, and everything when notifications may have been missed.
 * Returns the function that stops following.
 */
export function followNodeBus(db: Db, bus: NodeBus): () => void {
  const stops = [
    bus.on(CHANNELS.credential, (payload) => {
      const about = parseCredentialPayload(payload);
      if (about && 'user' in about) forgetUser(db, about.user);
      else if (about) forgetOrganisation(db, about.organisation);
      else forgetAllActors(db); // a payload this version does not know: the safe side
    }),
    bus.on(CHANNELS.roundSealing, (roundId) => forgetRoundSealing(db, roundId)),
    bus.onResync(() => {
      forgetAllActors(db);
      forgetAllRoundSealings(db);
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
