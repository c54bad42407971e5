import path from "node:path";
import { projectRoot } from "./project-root.server.ts";
import { StartupError } from "./startup-error.ts";

/** Every setting the app reads from the environment, with its default. The README lists the same. */
export function databasePath(): string {
  return path.resolve(projectRoot(), process.env.DATABASE_PATH || "./data/clausewise.db");
}

/** A positive number of `unit` from `name`, or the default. Decimals are allowed (tests use seconds). */
function positiveNumber(name: string, fallback: number, unit: string): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new StartupError(`${name}=${raw} is not a positive number of ${unit} (default ${fallback}).`);
  }
  return value;
}

export interface SessionSettings {
  /** A session unused this long ends (sliding: every request starts it again). */
  idleMs: number;
  /** A session ends this long after sign-in, however busy. */
  maxMs: number;
}

export function sessionSettings(): SessionSettings {
  return {
    idleMs: positiveNumber("SESSION_IDLE_MINUTES", 30, "minutes") * 60_000,
    maxMs: positiveNumber("SESSION_MAX_HOURS", 12, "hours") * 3_600_000,
  };
}

/**
 * The app's own origin (`https://clausewise.example.com`) when it is served behind something that
 * rewrites the Host header; null to take it from each request's Host header and protocol.
 */
export function appOrigin(): string | null {
  const raw = process.env.APP_ORIGIN;
  if (raw === undefined || raw.trim() === "") return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new StartupError(
      `APP_ORIGIN=${raw} is not a URL: set it to the address people open, e.g. https://clausewise.example.com.`,
    );
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.pathname !== "/" || url.search || url.hash) {
    throw new StartupError(
      `APP_ORIGIN=${raw} must be an http(s) origin without a path, e.g. https://clausewise.example.com.`,
    );
  }
  return url.origin;
}

/** Reads every setting once, so a bad value stops start-up with one line instead of failing a request. */
export function checkSettings(): void {
  sessionSettings();
  appOrigin();
}
