// /reviews/:reviewId/renewal.ics: this review's re-review date as a calendar file, with reminders.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { calendarResponse } from "../http/downloads.server.ts";
import { withPlainPageRefusals } from "../http/resource-route.server.ts";
import { reviewCalendarFile } from "../use-cases/renewals/calendar.server.ts";
import { appOrigin } from "../utils/env.server.ts";
import { getDb } from "../utils/db.server.ts";

export const loader = withPlainPageRefusals(({ params, request }: LoaderFunctionArgs) =>
  calendarResponse(reviewCalendarFile(getDb(), params.reviewId, appOrigin() ?? new URL(request.url).origin)),
);
