import { z } from 'zod';
import { FORMS, VOLUME_CLASSES, type Product } from '../round-input.js';
import { decimal, integer, nullableDecimal, nullableText, oneOf, text } from './field-schemas.js';

/** Shape and value rules of a product and its specs (contract "Input", G31, G48, G53). */

export const specSchema = z.object({
  id: text(),
  strength: decimal({ positive: true }),
  // null: the product's unit; a different unit is refused by the cross-reference check
  strengthUnit: nullableText(),
  unitsPerPack: integer(1),
  volumeMl: nullableDecimal({ positive: true }),
  // G31 does not say it, but a zero ceiling leaves the reduction (ceiling − price) / ceiling undefined
  ceiling: decimal({ maxPlaces: 4, positive: true }),
});

// Typed as the domain's Product: a drift between the two is a compile error here, not a surprise later.
export const productSchema = z
  .object({
    id: text(),
    name: text(),
    form: oneOf(FORMS),
    volumeClass: oneOf(VOLUME_CLASSES),
    strengthUnit: text(),
    representativeSpecId: text(),
    specs: z.array(specSchema),
  })
  .transform((product): Product => product);
