/**
 * Sets every entry's modification time in a zip archive to 1980-01-01 00:00 (DOS time 0/0x21),
 * in the central directory and in each local header. exceljs stamps entries with the time of
 * writing; with fixed stamps the same data gives the same .xlsx bytes (and a download says nothing
 * about when it was made). The CRCs cover file data only, so the archive stays valid.
 */
export function withFixedZipTimes(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  // the end-of-central-directory record: the last 0x06054b50 within its 22 bytes + comment
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return out;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries && at + 46 <= out.length; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, 0x21, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= out.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, 0, true);
      view.setUint16(local + 12, 0x21, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
