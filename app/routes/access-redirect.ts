// Where server.mjs hands a client-side data request that needs sign-in or was refused: Remix's client
// cannot follow an HTTP redirect answered to a data request, but it follows one thrown by a loader.
// The browser then loads the page itself (the sign-in page, or the page's own 403).
import { redirectDocument, type LoaderFunctionArgs } from "@remix-run/node";
import { safeNext } from "~/auth/handle-access.server";

export function loader({ context }: LoaderFunctionArgs) {
  throw redirectDocument(safeNext(context.accessRedirect));
}

export const action = loader;
