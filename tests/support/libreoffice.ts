// Test support: converting a document to PDF with LibreOffice and reading its text back with pdftotext,
// for the tests that check a document opens there. Each says why it is skipped where a tool is missing.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const available = (cmd: string, arg: string) => spawnSync(cmd, [arg], { stdio: "ignore" }).status === 0;

/** soffice (Writer) and pdftotext are installed. */
export const canConvertDocx = available("soffice", "--version") && available("pdftotext", "-v");

/** Calc too: a package of its own (libreoffice-calc-nogui), whose library sits beside soffice. */
export const canConvertXlsx =
  canConvertDocx &&
  (() => {
    const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
    return soffice !== "" && fs.existsSync(path.join(path.dirname(fs.realpathSync(soffice)), "libsclo.so"));
  })();

/**
 * Converts `file` to PDF in `dir` (with a LibreOffice profile of its own there, so a LibreOffice already
 * running, or another test worker, cannot interfere) and returns the PDF's text. `raw`: in the order it
 * was drawn, so the wrapped lines of a spreadsheet's cell stay together.
 */
export function pdfTextOf(file: string, dir: string, options: { raw?: boolean } = {}): string {
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      file,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  const pdf = path.join(dir, `${path.basename(file, path.extname(file))}.pdf`);
  return execFileSync("pdftotext", [...(options.raw ? ["-raw"] : []), "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
}
