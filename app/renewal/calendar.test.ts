// The renewals calendar, read back with a maintained parser (ical.js), and checked as RFC 5545 asks.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { renewalsCalendar, type CalendarRenewal } from "./calendar.ts";

const renewal = (over: Partial<CalendarRenewal> = {}): CalendarRenewal => ({
  reviewId: "AbC_12-xyz",
  buyerName: "Nordhavn Bank A/S",
  vendorName: "Anthropic",
  renewalDate: "2027-06-30",
  reviewDue: "2027-04-01",
  owner: "Priya Raman",
  updatedAt: "2026-12-01T10:00:00.000Z",
  ...over,
});

const ORIGIN = "https://clausewise.example.com";

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(calendar.getFirstPropertyValue("prodid")).toBeTruthy();
  return calendar.getAllSubcomponents("vevent");
}

describe("the renewals calendar", () => {
  it("one all-day event per renewal, on the day its re-review starts, with the renewal, the owner and the link", () => {
    const text = renewalsCalendar(
      [renewal(), renewal({ reviewId: "second", buyerName: "Clinic", reviewDue: null })],
      ORIGIN,
    );
    const [first, second] = events(text);
    expect(first.getFirstPropertyValue("uid")).toBe("AbC_12-xyz@clausewise");
    expect(first.getFirstPropertyValue("summary")).toBe("Start the re-review: Nordhavn Bank A/S — Anthropic");
    const start = first.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect([start.isDate, start.toString()]).toEqual([true, "2027-04-01"]);
    expect((first.getFirstPropertyValue("dtend") as ICAL.Time).toString()).toBe("2027-04-02");
    expect(first.getFirstPropertyValue("description")).toContain("The agreement renews on 2027-06-30.");
    expect(first.getFirstPropertyValue("description")).toContain("Renewal owner: Priya Raman.");
    expect(first.getFirstPropertyValue("url")).toBe(`${ORIGIN}/reviews/AbC_12-xyz/review`);
    // Without a lead time the event falls on the renewal date itself.
    expect((second.getFirstPropertyValue("dtstart") as ICAL.Time).toString()).toBe("2027-06-30");
  });

  it("reminds two weeks and one day before", () => {
    const [event] = events(renewalsCalendar([renewal()], ORIGIN));
    const triggers = event
      .getAllSubcomponents("valarm")
      .map((a) => (a.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds());
    expect(triggers).toEqual([-14 * 86400, -86400]);
  });

  it("is valid RFC 5545 text: CRLF line ends, lines folded at 75 octets, a DTSTAMP from the review, not the clock", () => {
    const long = renewal({ buyerName: "Ä very long buyer name ".repeat(8).trim() });
    const text = renewalsCalendar([long], ORIGIN);
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line, "utf8") <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(text).toContain("DTSTAMP:20261201T100000Z");
    expect(renewalsCalendar([long], ORIGIN)).toBe(text);
    expect(events(text)[0].getFirstPropertyValue("summary")).toBe(`Start the re-review: ${long.buyerName} — Anthropic`);
  });

  it("with no renewals is an empty calendar, still one to subscribe to", () => {
    expect(events(renewalsCalendar([], ORIGIN))).toEqual([]);
  });
});
