import type { Product } from '../round-input.js';
import { REQUIRED } from './field-checks.js';
import { quote, type InputProblem } from './input-problem.js';
import { productSchema } from './product-schema.js';
import { IdRegistry, rawField, rawString } from './raw-json.js';
import { parseAt } from './zod-problems.js';

/** `products`: each product's shape, then the references inside it. */
export function decodeProducts(raw: unknown, problems: InputProblem[]): Product[] | undefined {
  if (!Array.isArray(raw)) {
    problems.push({ path: 'products', message: raw === undefined ? REQUIRED : 'expected an array' });
    return undefined;
  }
  const ids = new IdRegistry(problems);
  const products: Product[] = [];
  raw.forEach((item: unknown, i) => {
    const path = `products[${i}]`;
    const product = parseAt(productSchema, item, path, problems);
    ids.claim(rawString(item, 'id'), path, `${path}.id`);
    checkSpecReferences(item, path, problems);
    if (product !== undefined) products.push(product);
  });
  return products.length === raw.length ? products : undefined;
}

/**
 * Spec ids are unique within their product, the representative spec is one of them, and every spec
 * shares the product's strength unit: a strength in another unit cannot be converted (docs/rules.md §5), so the
 * round is refused rather than a bid marked.
 */
function checkSpecReferences(product: unknown, path: string, problems: InputProblem[]): void {
  const specs = rawField(product, 'specs');
  if (!Array.isArray(specs)) return;
  const productUnit = rawString(product, 'strengthUnit');
  const specIds = new IdRegistry(problems);
  const known = new Set<string>();
  specs.forEach((spec: unknown, j) => {
    const specPath = `${path}.specs[${j}]`;
    const id = rawString(spec, 'id');
    specIds.claim(id, specPath, `${specPath}.id`);
    if (id !== undefined) known.add(id);
    const unit = rawString(spec, 'strengthUnit');
    if (unit !== undefined && productUnit !== undefined && unit !== productUnit) {
      problems.push({
        path: `${specPath}.strengthUnit`,
        message: `${quote(unit)} differs from the product's strength unit ${quote(productUnit)}`,
      });
    }
  });
  const representative = rawString(product, 'representativeSpecId');
  if (representative !== undefined && !known.has(representative)) {
    problems.push({
      path: `${path}.representativeSpecId`,
      message: `unknown spec ${quote(representative)}: not among the product's specs`,
    });
  }
}
