/** "2026-04-18 14:03 UTC": the same on every screen, whatever the reader's time zone. */
export function utcMinute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** "2026-04-18 14:03:27 UTC": the same, to the second, as the history of clause packs shows it. */
export function utcSecond(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}
