const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The listing filters of a page's address, as the API takes them (anything malformed is left out). */
export function listingQuery(params: URLSearchParams) {
  const id = (name: string) => {
    const v = params.get(name);
    return v && UUID.test(v) ? v : undefined;
  };
  const status = params.get('status');
  const cursor = params.get('cursor');
  return {
    ...(id('productId') ? { productId: id('productId') } : {}),
    ...(id('companyId') ? { companyId: id('companyId') } : {}),
    ...(status === 'listed' || status === 'delisted' ? { status: status as 'listed' | 'delisted' } : {}),
    ...(cursor ? { cursor } : {}),
  };
}
