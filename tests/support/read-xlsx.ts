/**
 * Test support: reads an .xlsx back with exceljs, as the import of a filled-in questionnaire will, and
 * the text of a cell as Excel shows it (the ECMA-376 escapes of shared strings, "_x0041_", undone).
 */
import ExcelJS from "exceljs";

export async function readXlsx(data: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's types ask for its own Buffer; a Node Buffer is one.
  await workbook.xlsx.load(Buffer.from(data) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The text a cell shows: "_xHHHH_" is the character U+HHHH (so "_x005F_" is "_"). */
export function shown(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  const text =
    typeof value === "object" && "richText" in value ? value.richText.map((r) => r.text).join("") : String(value);
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Every row of a sheet from `from` on, as the texts its cells show (column A first). */
export function rowsOf(sheet: ExcelJS.Worksheet, from: number, columns: number): string[][] {
  const rows: string[][] = [];
  for (let r = from; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: columns }, (_, c) => shown(row.getCell(c + 1).value)));
  }
  return rows;
}
