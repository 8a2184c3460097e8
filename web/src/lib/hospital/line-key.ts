/**
 * A demand line's key on the page (its form's and anchor's id): the API's own key, product and
 * brand (and group), spelled as an HTML id; `new-<product>` for the form that adds a line.
 */
export function lineKey(productCode: string, brandCompanyId: string | null, group: string | null): string {
  return `${productCode}-${brandCompanyId ?? 'generic'}-${group ?? ''}`.replace(/[^\p{L}\p{N}_.-]/gu, '_');
}

export const newLineKey = (productCode: string) => `new-${productCode}`.replace(/[^\p{L}\p{N}_.-]/gu, '_');
