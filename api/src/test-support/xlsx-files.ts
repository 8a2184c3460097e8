import ExcelJS from 'exceljs';

/** A workbook of sheets (name → rows of cells), as Excel would save it; numbers stay numbers. */
export async function xlsxOf(
  sheets: Readonly<Record<string, readonly (readonly (string | number | null)[])[]>>,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The sheets of an .xlsx as exceljs reads them back: rows of cell values (header first). */
export async function readXlsx(bytes: ArrayBuffer | Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (bytes instanceof Uint8Array
      ? Buffer.from(bytes)
      : Buffer.from(new Uint8Array(bytes))) as unknown as ArrayBuffer,
  );
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet
      .getSheetValues()
      .slice(1)
      .map((r) => (Array.isArray(r) ? r.slice(1) : [])),
    sheet,
  }));
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
