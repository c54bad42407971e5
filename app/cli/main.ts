/**
 * The `clausewise` command line. Every failure a person can cause (a bad path, invalid JSON, an invalid
 * answers file, a wrong option) prints one clear message and exits 1, never a stack trace.
 */
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ROLE_LABELS, ROLES } from "../accounts/roles.ts";
import { accountErrors, resetPasswordSchema, roleSchema, setupSchema } from "../accounts/account-form.ts";
import { ClauseLibraryError } from "../clauses/library.ts";
import { currentLibrary, currentLibraryFiles } from "../models/current-library.server.ts";
import { recordEvent } from "../models/audit.server.ts";
import { backupDatabase } from "../models/backup.server.ts";
import { listVendors } from "../models/catalog.server.ts";
import { readCatalogFiles } from "../catalog/catalog-files.server.ts";
import {
  catalogJson,
  exportCatalog,
  formatCatalogProblem,
  importCatalog,
  importSummary,
} from "../use-cases/catalog/catalog-files.server.ts";
import { resetPasswordFromCommandLine } from "../models/password-reset.server.ts";
import { addUser } from "../models/user.server.ts";
import { ANSWERS_FILE_VERSION, formatProblem, parseAnswersFile, type Answers } from "../questionnaire/answers.ts";
import { startedDb } from "../startup.server.ts";
import { closeDb, writeTransaction } from "../utils/db.server.ts";
import { databasePath } from "../utils/env.server.ts";
import { formatBytes } from "../utils/format-bytes.ts";
import { StartupError } from "../utils/startup-error.ts";
import { decodeUtf8File } from "../utils/utf8.ts";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** The first line of standard input, without its line end ("" when there is none). */
  readLine: () => Promise<string>;
}

function readStdinLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password (at least 12 characters), then Enter: ");
  return new Promise((resolve) => {
    const lines = readline.createInterface({ input: process.stdin, terminal: false });
    let answered = false;
    lines.once("line", (line) => {
      answered = true;
      lines.close();
      resolve(line);
    });
    lines.once("close", () => {
      if (!answered) resolve("");
    });
  });
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readLine: readStdinLine,
};

const USAGE = `Usage:
  clausewise validate --answers FILE
  clausewise pack --answers FILE [--out MEMO.docx] [--addendum ADDENDUM.docx] [--report REPORT.json]
                  [--questions QUESTIONS.xlsx] [--prepared-by NAME]
      (the negotiation memo with --out, the addendum for the vendor with --addendum, the vendor
      questionnaire with --questions, as a workbook or, for a FILE ending .docx, a Word document: at least
      one; "Prepared by" is NAME, else "Not recorded")
  clausewise clauses [--json]
  clausewise clauses export DIR
      (writes the clause library in force, house wording included, as template files into the folder DIR,
      creating it; refuses to overwrite a file)
  clausewise catalog [--json]
  clausewise catalog import PATH
      (a catalog file, or a folder of them: validated whole; nothing is saved if any has a problem)
  clausewise catalog export PATH
      (writes one catalog file per vendor into the folder PATH, creating it; refuses to overwrite a file)
  clausewise db migrate
  clausewise db backup FILE
      (a consistent copy of the whole database, safe to take while the app runs; refuses to overwrite FILE)
  clausewise user add --email EMAIL --role admin|legal|procurement [--name NAME]
  clausewise user reset-password --email EMAIL
      (the password is read from standard input, one line: never from an argument)

The catalog is the database at DATABASE_PATH (default ./data/clausewise.db), created and seeded if needed.`;

/** A problem the person running the command can fix; printed as it is. */
class UsageError extends Error {}

function readAnswers(file: string | undefined): Answers {
  if (!file) throw new UsageError("--answers FILE is required: the answers file to read.");
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (error as Error).message;
    throw new UsageError(`Cannot read the answers file ${file}: ${reason}.`);
  }
  // As the web import reads it: strict UTF-8, a leading byte-order mark allowed.
  const text = decodeUtf8File(bytes);
  if (text === null) throw new UsageError(`${file} is not UTF-8 text: save it as UTF-8 and try again.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}.`);
  }
  const vendorIds = listVendors(startedDb()).map((v) => v.id);
  const result = parseAnswersFile(json, { vendorIds });
  if (!result.ok) {
    throw new UsageError(
      `${file} is not a valid answers file (version ${ANSWERS_FILE_VERSION}):\n${result.problems.map(formatProblem).join("\n")}`,
    );
  }
  return result.answers;
}

function writeFile(file: string, data: string | Uint8Array, what: string) {
  try {
    fs.writeFileSync(file, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "its folder does not exist"
        : code === "EACCES"
          ? "permission denied"
          : (error as Error).message;
    throw new UsageError(`Cannot write the ${what} to ${file}: ${reason}.`);
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    io.out(USAGE);
    return command ? 0 : 1;
  }
  const parsed = (options: ParseArgsConfig["options"]): Record<string, string | boolean | undefined> => {
    try {
      return parseArgs({ args: rest, options, strict: true, allowPositionals: false }).values as Record<
        string,
        string | boolean | undefined
      >;
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
    }
  };

  switch (command) {
    case "validate": {
      const values = parsed({ answers: { type: "string" } });
      readAnswers(values.answers as string | undefined);
      io.out("valid");
      return 0;
    }
    case "pack": {
      const values = parsed({
        answers: { type: "string" },
        out: { type: "string" },
        report: { type: "string" },
        "prepared-by": { type: "string" },
        addendum: { type: "string" },
        questions: { type: "string" },
      });
      const out = values.out as string | undefined;
      const addendumFile = values.addendum as string | undefined;
      const questionsFile = values.questions as string | undefined;
      if (!out && !addendumFile && !questionsFile)
        throw new UsageError(
          "--out MEMO.docx, --addendum ADDENDUM.docx or --questions QUESTIONS.xlsx is required: where to write the negotiation memo, the addendum or the vendor questionnaire.",
        );
      const answers = readAnswers(values.answers as string | undefined);
      const { packModelFor, sha256Of } = await import("../use-cases/packs/generate.server.ts");
      const { renderDocument } = await import("../pack/documents.server.ts");
      const { packReport } = await import("../pack/report.ts");
      const { exposureDetail } = await import("../pack/format.ts");
      const preparedBy = (values["prepared-by"] as string | undefined) ?? "Not recorded";
      // One pack model for every document, so the memo and the addendum hold the same clauses.
      const { evaluation, pack } = packModelFor(startedDb(), answers, { preparedBy });
      const written: [string, Buffer][] = [];
      if (out) written.push([out, await renderDocument("memo", pack)]);
      if (addendumFile) written.push([addendumFile, await renderDocument("addendum", pack)]);
      // The vendor questionnaire: a workbook, or a Word document when the file is named .docx.
      const questionsKind = /\.docx$/i.test(questionsFile ?? "") ? "questionnaire-docx" : "questionnaire-xlsx";
      if (questionsFile) written.push([questionsFile, await renderDocument(questionsKind, pack)]);
      const what = (file: string) =>
        file === out ? "negotiation memo" : file === addendumFile ? "addendum" : "vendor questionnaire";
      for (const [file, bytes] of written) writeFile(file, bytes, what(file));
      if (values.report)
        writeFile(
          values.report as string,
          `${JSON.stringify(packReport(evaluation, ANSWERS_FILE_VERSION), null, 2)}\n`,
          "report",
        );
      const counts = Object.entries(evaluation.counts)
        .map(([s, n]) => `${n} ${s}`)
        .join(", ");
      for (const [file, bytes] of written) io.out(`Wrote ${file} (SHA-256 ${sha256Of(bytes)})`);
      io.out(
        `Exposure: ${evaluation.exposure} (${counts}); ${evaluation.findings.length} findings (${exposureDetail(evaluation.split)}), ${evaluation.clauses.length} clauses.`,
      );
      return 0;
    }
    case "clauses": {
      if (rest[0] === "export") return exportClausesFromCommandLine(rest, io);
      const values = parsed({ json: { type: "boolean" } });
      const library = currentLibrary(startedDb());
      if (values.json) {
        io.out(
          JSON.stringify(
            { version: library.version, clauses: library.clauses.map(({ file: _file, ...c }) => c) },
            null,
            2,
          ),
        );
      } else {
        io.out(`Clause library ${library.version}: ${library.clauses.length} clauses`);
        // The id column as wide as the longest id, so every title starts in the same column.
        const width = Math.max(...library.clauses.map((c) => c.id.length));
        for (const c of library.clauses) io.out(`${c.id.padEnd(width)} ${c.category.padEnd(11)} ${c.title}`);
      }
      return 0;
    }
    case "catalog":
      return catalogCommand(rest, parsed, io);
    case "user": {
      const subcommand = rest.shift();
      if (subcommand !== "add" && subcommand !== "reset-password")
        throw new UsageError(`Unknown user command.\n\n${USAGE}`);
      if (rest.some((arg) => arg.startsWith("--password"))) {
        throw new UsageError(
          "The password is read from standard input, never from an argument (it would stay in the shell's history).",
        );
      }
      if (subcommand === "reset-password")
        return resetPasswordFromCommandLineArgs(parsed({ email: { type: "string" } }), io);
      const values = parsed({ email: { type: "string" }, role: { type: "string" }, name: { type: "string" } });
      return addUserFromCommandLine(values, io);
    }
    case "db": {
      if (rest[0] === "migrate" && rest.length === 1) {
        startedDb();
        io.out("Database migrated and catalog seeded.");
        return 0;
      }
      if (rest[0] === "backup" && rest.length === 2) return backupFromCommandLine(rest[1], io);
      throw new UsageError(`Unknown db command.\n\n${USAGE}`);
    }
    default:
      throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
  }
}

/** `clausewise db backup FILE`: SQLite's online backup, checked, recorded in the audit trail (nobody signed in). */
async function backupFromCommandLine(file: string, io: Io): Promise<number> {
  const destination = path.resolve(file);
  if (fs.existsSync(destination))
    throw new UsageError(`${file} exists already: choose a new file name for the backup.`);
  if (!fs.existsSync(path.dirname(destination))) throw new UsageError(`The folder of ${file} does not exist.`);
  const db = startedDb();
  const { bytes } = await backupDatabase(db, destination);
  writeTransaction(db, (tx) => recordEvent(tx, null, "backup.taken", { bytes }));
  io.out(`Backed up ${databasePath()} to ${destination} (${formatBytes(bytes)}).`);
  return 0;
}

/** `clausewise user add`: the same checks as the set-up page; the password from standard input. */
async function addUserFromCommandLine(values: Record<string, string | boolean | undefined>, io: Io): Promise<number> {
  const email = values.email as string | undefined;
  if (!email) throw new UsageError("--email EMAIL is required: the new user's email.");
  const role = roleSchema.safeParse({ role: values.role });
  if (!role.success) throw new UsageError(`--role must be one of ${ROLES.join(", ")}.`);
  const password = await io.readLine();
  const fields = {
    email,
    name: (values.name as string | undefined) ?? email.split("@")[0],
    password,
    passwordAgain: password,
  };
  const parsed = setupSchema.safeParse(fields);
  if (!parsed.success) {
    const problems = Object.entries(accountErrors(parsed.error)).filter(([field]) => field !== "passwordAgain");
    throw new UsageError(problems.map(([field, message]) => `${field}: ${message}`).join("\n"));
  }
  const result = await addUser(startedDb(), { ...parsed.data, role: role.data.role }, "commandLine");
  if (!result.ok) throw new UsageError(result.message);
  io.out(`Added ${result.user.email} (${result.user.name}) as ${ROLE_LABELS[result.user.role]}. They can sign in now.`);
  return 0;
}

/**
 * `clausewise user reset-password`: the way back in for an admin locked out with no other admin to hand
 * them a link. The same password rules as the pages; every session of the user ends.
 */
async function resetPasswordFromCommandLineArgs(
  values: Record<string, string | boolean | undefined>,
  io: Io,
): Promise<number> {
  const email = values.email as string | undefined;
  if (!email) throw new UsageError("--email EMAIL is required: whose password to reset.");
  const password = await io.readLine();
  const parsed = resetPasswordSchema.safeParse({ password, passwordAgain: password });
  if (!parsed.success) {
    throw new UsageError(
      Object.entries(accountErrors(parsed.error))
        .map(([field, message]) => `${field}: ${message}`)
        .join("\n"),
    );
  }
  const result = await resetPasswordFromCommandLine(startedDb(), email, parsed.data.password);
  if (!result.ok) throw new UsageError(result.message);
  const { user } = result;
  io.out(`Reset the password of ${user.email} (${user.name}) and ended their sessions.`);
  io.out(
    user.disabledAt
      ? "The account is disabled: an admin must enable it before they can sign in."
      : "They can sign in with it now.",
  );
  return 0;
}

/**
 * `clausewise clauses export DIR`: the library in force (the shipped files, house versions in place) as
 * template files a lawyer can commit; the folder loads with the same version string as the app's library.
 */
function exportClausesFromCommandLine(rest: string[], io: Io): number {
  if (rest.length !== 2) throw new UsageError(`clauses export takes one DIR.\n\n${USAGE}`);
  const target = path.resolve(rest[1]);
  const db = startedDb();
  const library = currentLibrary(db);
  const files = currentLibraryFiles(db);
  const existing = files.filter((f) => fs.existsSync(path.join(target, f.name)));
  if (existing.length > 0)
    throw new UsageError(`${existing.map((f) => f.name).join(", ")} exist already in ${rest[1]}: choose a new folder.`);
  fs.mkdirSync(target, { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(target, f.name), f.text, { flag: "wx" });
  io.out(`Wrote ${files.length} clause library files (version ${library.version}) to ${target}.`);
  return 0;
}

/** `clausewise catalog [--json]`, `catalog import PATH`, `catalog export PATH`. */
function catalogCommand(
  rest: string[],
  parsed: (options: ParseArgsConfig["options"]) => Record<string, unknown>,
  io: Io,
): number {
  const sub = rest[0];
  if (sub === "import" || sub === "export") {
    if (rest.length !== 2) throw new UsageError(`catalog ${sub} takes one PATH.\n\n${USAGE}`);
    const target = path.resolve(rest[1]);
    if (sub === "import") {
      if (!fs.existsSync(target)) throw new UsageError(`${rest[1]} does not exist.`);
      const result = importCatalog(startedDb(), null, readCatalogFiles(target));
      if (!result.ok) {
        for (const p of result.problems) io.err(formatCatalogProblem(p));
        io.err(`Nothing was imported: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}.`);
        return 1;
      }
      for (const line of importSummary(result)) io.out(line);
      return 0;
    }
    const files = exportCatalog(startedDb());
    const existing = files.filter((f) => fs.existsSync(path.join(target, f.name)));
    if (existing.length > 0)
      throw new UsageError(
        `${existing.map((f) => f.name).join(", ")} exist already in ${rest[1]}: choose a new folder.`,
      );
    fs.mkdirSync(target, { recursive: true });
    for (const f of files) fs.writeFileSync(path.join(target, f.name), f.text);
    io.out(`Wrote ${files.length} catalog files to ${target}.`);
    return 0;
  }
  const values = parsed({ json: { type: "boolean" } });
  const catalog = catalogJson(startedDb());
  if (values.json) {
    io.out(JSON.stringify(catalog, null, 2));
    return 0;
  }
  for (const v of catalog.vendors) {
    const count = v.productLines.reduce((n, l) => n + l.provisions.length, 0);
    io.out(
      `${v.id.padEnd(12)} ${v.name.padEnd(12)} ${v.productLines.map((l) => l.line).join(", ")}; ${count} provisions`,
    );
  }
  return 0;
}

/** Runs one command; returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof StartupError || error instanceof ClauseLibraryError) {
      io.err(error.message);
      return 1;
    }
    io.err(`clausewise: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  } finally {
    closeDb();
  }
}
