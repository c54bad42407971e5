// /renewals.ics: every review's re-review date as a calendar file, with reminders.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { calendarResponse } from "../http/downloads.server.ts";
import { withPlainPageRefusals } from "../http/resource-route.server.ts";
import { renewalsCalendarFile } from "../use-cases/renewals/calendar.server.ts";
import { appOrigin } from "../utils/env.server.ts";
import { getDb } from "../utils/db.server.ts";

export const loader = withPlainPageRefusals(({ request }: LoaderFunctionArgs) =>
  calendarResponse(renewalsCalendarFile(getDb(), appOrigin() ?? new URL(request.url).origin)),
);
