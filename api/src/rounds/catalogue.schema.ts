import { z } from '@hono/zod-openapi';
import { roundIdParam } from '../http/ids.js';
import { FORMS, VOLUME_CLASSES } from '@jicai/domain';
import { listOf } from '../http/list.js';

/** NHSA 医保药品分类与代码: X (western medicine) or Z (Chinese patent medicine), then 22 characters. */
export const NATIONAL_DRUG_CODE = /^[XZ][A-Z0-9]{22}$/;

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const code = () =>
  z.string().regex(CODE, 'letters, digits, . _ - (at most 64, starting with a letter or digit)');

/** A positive decimal string: money and strengths never pass through a JS number. */
function positiveDecimal(maxPlaces?: number, maxIntegerDigits?: number) {
  return z
    .string({ error: 'expected a decimal string, e.g. "12.5"' })
    .superRefine((text, ctx) => {
      const m = /^(0|[1-9]\d*)(?:\.(\d+))?$/.exec(text);
      if (!m)
        return void ctx.addIssue({
          code: 'custom',
          message: 'not a decimal string (digits, optionally . and digits)',
        });
      if (/^[0.]+$/.test(text)) ctx.addIssue({ code: 'custom', message: 'must be greater than 0' });
      if (maxPlaces !== undefined && (m[2]?.length ?? 0) > maxPlaces) {
        ctx.addIssue({ code: 'custom', message: `at most ${maxPlaces} decimal places` });
      }
      if (maxIntegerDigits !== undefined && (m[1]?.length ?? 0) > maxIntegerDigits) {
        ctx.addIssue({ code: 'custom', message: `at most ${maxIntegerDigits} digits before the point` });
      }
    })
    .openapi({ type: 'string', example: '12.5' });
}

export const SpecBody = z
  .object({
    code: code(),
    strength: positiveDecimal(),
    unitsPerPack: z.number().int('must be an integer ≥ 1').min(1, 'must be an integer ≥ 1'),
    volumeMl: positiveDecimal().nullable().default(null),
    ceiling: positiveDecimal(4, 10).describe('maximum valid unit price (最高有效申报价), at most 4 decimals'),
  })
  .openapi('SpecRequest');

export const ProductBody = z
  .object({
    code: code().describe("the contract's product id"),
    name: z.string().trim().min(1, 'required').max(200),
    form: z.enum(FORMS),
    volumeClass: z.enum(VOLUME_CLASSES),
    strengthUnit: z.string().trim().min(1, 'required').max(20),
    nationalDrugCode: z
      .string()
      .regex(NATIONAL_DRUG_CODE, 'not an NHSA national drug code: X or Z then 22 capital letters or digits')
      .nullable()
      .default(null)
      .openapi({ example: 'XC10AAA052A001010100483' }),
    representativeSpecCode: z.string(),
    groups: z
      .array(z.string().trim().min(1, 'required').max(40))
      .max(20)
      .default([])
      .describe('group keys a bid may name (docs/rules.md §9); empty: no groups'),
    specs: z.array(SpecBody).min(1, 'at least one spec').max(50),
  })
  .superRefine((product, ctx) => {
    const specCodes = new Set<string>();
    const folded = new Set<string>(); // codes are matched without regard to case (issue 8 §1)
    product.specs.forEach((spec, i) => {
      if (folded.has(spec.code.toUpperCase()))
        ctx.addIssue({
          code: 'custom',
          path: ['specs', i, 'code'],
          message: specCodes.has(spec.code)
            ? `spec "${spec.code}" listed twice`
            : `spec "${spec.code}" listed twice (codes are case-insensitive)`,
        });
      specCodes.add(spec.code);
      folded.add(spec.code.toUpperCase());
    });
    if (specCodes.size > 0 && !specCodes.has(product.representativeSpecCode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['representativeSpecCode'],
        message: `unknown spec "${product.representativeSpecCode}": not among the product's specs`,
      });
    }
    const groups = new Set<string>();
    product.groups.forEach((group, i) => {
      if (groups.has(group))
        ctx.addIssue({ code: 'custom', path: ['groups', i], message: `group "${group}" listed twice` });
      groups.add(group);
    });
  })
  .openapi('ProductRequest');

export const ProductParams = z.object({
  roundId: roundIdParam(),
  productCode: code().openapi({ param: { name: 'productCode', in: 'path' } }),
});

export const Spec = z
  .object({
    /** what a company registers (registration's specId); it bids with the code */
    id: z.string().uuid(),
    code: z.string(),
    strength: z.string(),
    unitsPerPack: z.number().int(),
    volumeMl: z.string().nullable(),
    ceiling: z.string(),
  })
  .openapi('Spec');

export const Product = z
  .object({
    /** what a company registers (registration's productId); it bids with the code */
    id: z.string().uuid(),
    code: z.string(),
    name: z.string(),
    form: z.enum(FORMS),
    volumeClass: z.enum(VOLUME_CLASSES),
    strengthUnit: z.string(),
    nationalDrugCode: z.string().nullable(),
    representativeSpecCode: z.string(),
    groups: z.array(z.string()),
    specs: z.array(Spec),
  })
  .openapi('Product');

export const ProductList = listOf(Product, 'ProductList');

export const CatalogueImportResult = z
  .object({ products: z.number().int(), specs: z.number().int() })
  .openapi('CatalogueImportResult');
