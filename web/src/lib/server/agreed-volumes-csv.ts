import { stringify } from 'csv-stringify/sync';
import { m } from '$lib/paraglide/messages.js';
import type { AgreedVolumeLine } from './agreed-volumes';

/**
 * The lines as CSV for a spreadsheet: UTF-8 with a BOM (Excel in China reads UTF-8 as GBK without
 * one), a header in the visitor's language, amounts and prices as the API's decimal strings
 * (never through a float), quantities as integers.
 */
export function agreedVolumesCsv(lines: readonly AgreedVolumeLine[]): string {
  const header = [
    m.volumes_csv_product_code(),
    m.volumes_product(),
    m.volumes_group(),
    m.volumes_region_code(),
    m.volumes_region(),
    m.volumes_hospital(),
    m.volumes_spec(),
    m.volumes_units_per_pack(),
    m.volumes_agreed_volume(),
    m.volumes_awarded_price(),
    m.volumes_amount(),
  ];
  const rows = lines.map((l) => [
    l.productCode,
    l.productName,
    l.group ?? '',
    l.regionId ?? '',
    l.regionName ?? '',
    l.hospitalName ?? '',
    l.specCode ?? '',
    l.unitsPerPack === null ? '' : String(l.unitsPerPack),
    String(l.agreedVolume),
    l.awardedPrice ?? '',
    l.amount ?? '',
  ]);
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}
