/** "2026-04-18 14:03 UTC": the same on every screen, whatever the reader's time zone. */
export function utcMinute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
