import { describe, expect, it } from "vitest";
import { groupSlices, isFiltered, listSearch, NO_FILTER, pageWindow, parseReviewListQuery } from "./review-filter.ts";

const parse = (query: string) => parseReviewListQuery(new URLSearchParams(query), ["anthropic", "other"]);

describe("parseReviewListQuery", () => {
  it.each([
    ["", { filter: NO_FILTER, page: 1 }],
    [
      "buyer=+Acme+&vendor=other&status=complete&stage=renewal&exposure=none&owner=Mette&due=soon&page=3",
      {
        filter: {
          buyer: "Acme",
          vendor: "other",
          status: "complete",
          stage: "renewal",
          exposure: "none",
          owner: "Mette",
          due: "soon",
        },
        page: 3,
      },
    ],
    ["status=&page=", { filter: NO_FILTER, page: 1 }],
  ])("reads %j", (query, expected) => {
    expect(parse(query)).toEqual({ ok: true, query: expected });
  });

  it("quotes a long wrong value cut short", () => {
    const result = parse(`status=${"z".repeat(60)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toContain(`“${"z".repeat(40)}…”`);
  });
});

describe("listSearch", () => {
  it("writes only what is set, and the page after the first, so links keep the filter", () => {
    expect(listSearch(NO_FILTER)).toBe("");
    expect(listSearch(NO_FILTER, 1)).toBe("");
    expect(listSearch({ ...NO_FILTER, buyer: "A&B Ltd", due: "overdue" }, 2)).toBe(
      "?buyer=A%26B+Ltd&due=overdue&page=2",
    );
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, owner: "x" })).toBe(true);
  });
});

describe("pageWindow", () => {
  it.each([
    [0, 1, { page: 1, pages: 1, first: 0, last: 0, offset: 0 }],
    [10_000, 1, { page: 1, pages: 200, first: 1, last: 50, offset: 0 }],
    [10_000, 200, { page: 200, pages: 200, first: 9951, last: 10_000, offset: 9950 }],
    [10_001, 201, { page: 201, pages: 201, first: 10_001, last: 10_001, offset: 10_000 }],
    // A page past the last (the list shrank since the link was made) is the last.
    [120, 9, { page: 3, pages: 3, first: 101, last: 120, offset: 100 }],
  ])("%i rows, page %i", (total, page, expected) => {
    expect(pageWindow(total, page)).toMatchObject({ ...expected, total, limit: 50 });
  });
});

describe("groupSlices", () => {
  const counts = [
    { group: "overdue", count: 70 },
    { group: "soon", count: 0 },
    { group: "later", count: 45 },
    { group: "none", count: 10 },
  ];
  it.each([
    [0, [{ group: "overdue", offset: 0, limit: 50 }]],
    // The page ends the overdue group and starts the next one that has rows.
    [
      50,
      [
        { group: "overdue", offset: 50, limit: 20 },
        { group: "later", offset: 0, limit: 30 },
      ],
    ],
    [
      100,
      [
        { group: "later", offset: 30, limit: 15 },
        { group: "none", offset: 0, limit: 10 },
      ],
    ],
    [150, []],
  ])("a page from row %i", (offset, expected) => {
    expect(groupSlices(counts, { offset, limit: 50 })).toEqual(expected);
  });
});
