import type { components } from '@jicai/api/client';
import type { Ruleset } from '@jicai/domain';

type Product = components['schemas']['Product'];
type Registration = components['schemas']['Registration'];

export type RulesetPricing = Pick<Ruleset, 'strengthBase' | 'volumeFactor' | 'formFactors'>;

/**
 * The round's products the company registered, each with only the specs it registered (the ones it
 * may bid with) and the representative spec (what the comparable price converts to).
 */
export function companyProducts(products: readonly Product[], registrations: readonly Registration[]) {
  const registered = new Set(registrations.map((r) => `${r.productCode}\u0000${r.specCode}`));
  return products.flatMap((p) => {
    const specs = p.specs.filter((s) => registered.has(`${p.code}\u0000${s.code}`));
    const representative = p.specs.find((s) => s.code === p.representativeSpecCode);
    if (specs.length === 0 || !representative) return [];
    return [
      {
        code: p.code,
        name: p.name,
        form: p.form,
        strengthUnit: p.strengthUnit,
        representative: terms(representative),
        specs: specs.map(terms),
      },
    ];
  });
}

const terms = (s: Product['specs'][number]) => ({
  code: s.code,
  strength: s.strength,
  unitsPerPack: s.unitsPerPack,
  volumeMl: s.volumeMl,
  ceiling: s.ceiling,
});
