import { m } from '$lib/paraglide/messages.js';
import type { SpecTerms } from './price-preview';

/** A spec in words (strength, volume, pack size): the catalogue has codes and figures, no names. */
export const specName = (spec: SpecTerms, unit: string) =>
  spec.volumeMl === null
    ? m.bid_spec_name({ strength: spec.strength, unit, units: spec.unitsPerPack })
    : m.bid_spec_name_volume({
        strength: spec.strength,
        unit,
        volume: spec.volumeMl,
        units: spec.unitsPerPack,
      });
