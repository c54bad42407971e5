/**
 * The renewals as a calendar (RFC 5545): one all-day event per agreement on the day its re-review should
 * start, with reminders two weeks and one day before. Pure: the same renewals give the same bytes, so a
 * calendar application that subscribes to the file sees an event change only when the review does.
 */
import { createEvents, type EventAttributes } from "ics";

export interface CalendarRenewal {
  reviewId: string;
  buyerName: string | null;
  vendorName: string | null;
  /** YYYY-MM-DD. */
  renewalDate: string;
  /** renewalDate − reviewLeadDays; null when no lead time was chosen (the event falls on the renewal date). */
  reviewDue: string | null;
  owner: string | null;
  /** ISO 8601: the event's DTSTAMP, so the file changes only when the review does. */
  updatedAt: string;
}

const dateParts = (day: string): [number, number, number] => {
  const [y, m, d] = day.split("-").map(Number);
  return [y, m, d];
};

const nextDay = (day: string): [number, number, number] => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return dateParts(date.toISOString().slice(0, 10));
};

/** ics writes `timestamp` as DTSTAMP (defaulting to now) but leaves it out of its types. */
type StampedEvent = EventAttributes & { timestamp?: number };

function event(renewal: CalendarRenewal, origin: string): StampedEvent {
  const day = renewal.reviewDue ?? renewal.renewalDate;
  const who = [renewal.buyerName ?? "Unnamed buyer", renewal.vendorName ?? "vendor not chosen"].join(" — ");
  const url = `${origin}/reviews/${encodeURIComponent(renewal.reviewId)}/review`;
  const stamp = new Date(renewal.updatedAt);
  const attributes: StampedEvent = {
    uid: `${renewal.reviewId}@clausewise`,
    start: dateParts(day),
    end: nextDay(day),
    title: `Start the re-review: ${who}`,
    description: [
      `The agreement renews on ${renewal.renewalDate}.`,
      renewal.owner ? `Renewal owner: ${renewal.owner}.` : "No renewal owner named yet.",
      "Reconfirm every data commitment with the vendor before the agreement renews.",
      url,
    ].join("\n"),
    url,
    status: "CONFIRMED",
    busyStatus: "FREE",
    timestamp: Number.isNaN(stamp.getTime()) ? undefined : stamp.getTime(),
    alarms: [
      { action: "display", description: `Re-review in two weeks: ${who}`, trigger: { days: 14, before: true } },
      { action: "display", description: `Re-review tomorrow: ${who}`, trigger: { days: 1, before: true } },
    ],
  };
  return attributes;
}

/** The calendar file for these renewals; `origin` ("https://clausewise.example.com") makes each event's link. */
export function renewalsCalendar(renewals: readonly CalendarRenewal[], origin: string): string {
  if (renewals.length === 0) {
    // ics makes no file for no events; an empty calendar is still a valid one to subscribe to.
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Clausewise//Renewals//EN",
      "CALSCALE:GREGORIAN",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
  }
  const { error, value } = createEvents(
    renewals.map((r) => event(r, origin)),
    { productId: "-//Clausewise//Renewals//EN", calName: "Clausewise renewals" },
  );
  if (error || !value) throw new Error(`The renewals calendar could not be written: ${error?.message ?? "no output"}`);
  return foldByOctets(value);
}

/**
 * RFC 5545 § 3.1: content lines are folded at 75 octets. ics folds at 75 characters, so a line with
 * accented or non-Latin letters ran over: unfold its lines, then fold them again by octets, never
 * inside a character.
 */
function foldByOctets(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = "";
      let octets = 0;
      for (const char of line) {
        const size = Buffer.byteLength(char, "utf8");
        // The first line may hold 75 octets; each continuation 74 after its leading space.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(current);
          current = "";
          octets = 0;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join("\r\n ");
    })
    .join("\r\n");
}
