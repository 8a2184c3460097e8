/** One region of one entry with its suppliers, as the API lists them (backup-regions). */
export interface RegionSuppliers {
  readonly productId: string;
  readonly productCode: string;
  readonly groupKey: string | null;
  readonly regionCode: string;
  readonly regionName: string;
  readonly primaryCompanyId: string | null;
  readonly primaryCompanyName: string | null;
  readonly backupCompanyId: string | null;
  readonly backupCompanyName: string | null;
}

const entryOf = (r: RegionSuppliers) => `${r.productId}|${r.groupKey ?? ''}`;

/**
 * What the activation form offers: the entries (product × group), the chosen entry's primaries, and
 * the regions the chosen primary supplies with their backup (none: the region cannot be handed over).
 */
export function backupChoices(
  rows: readonly RegionSuppliers[],
  entry: string | null,
  company: string | null,
) {
  const entries = [
    ...new Map(
      rows.map((r) => [entryOf(r), { value: entryOf(r), code: r.productCode, group: r.groupKey }]),
    ).values(),
  ];
  const chosenEntry = entries.find((e) => e.value === entry)?.value ?? null;
  const ofEntry = rows.filter((r) => entryOf(r) === chosenEntry);
  const companies = [
    ...new Map(
      ofEntry
        .filter((r) => r.primaryCompanyId !== null)
        .map((r) => [
          r.primaryCompanyId as string,
          { id: r.primaryCompanyId as string, name: r.primaryCompanyName ?? '' },
        ]),
    ).values(),
  ];
  const chosenCompany = companies.find((c) => c.id === company)?.id ?? null;
  const regions = ofEntry
    .filter((r) => chosenCompany !== null && r.primaryCompanyId === chosenCompany)
    .map((r) => ({ code: r.regionCode, name: r.regionName, backup: r.backupCompanyName }));
  return { entries, entry: chosenEntry, companies, company: chosenCompany, regions };
}
