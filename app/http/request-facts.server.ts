// The facts of a request that the account use cases need, read once by the route.
import { appOrigin } from "../utils/env.server.ts";

/** What an account use case needs of the request it answers: never the request itself. */
export interface RequestFacts {
  /** Whether the browser reached the app over HTTPS (the session cookie is then Secure). */
  secure: boolean;
  /** The request's Cookie header. */
  cookie: string | null;
  clientIp: string;
  /** The app's own address, for the links it hands out (invitations, password resets). */
  origin: string;
}

export function requestFacts(request: Request, context: { secure: boolean; clientIp: string }): RequestFacts {
  return {
    secure: context.secure,
    cookie: request.headers.get("Cookie"),
    clientIp: context.clientIp,
    origin: appOrigin() ?? new URL(request.url).origin,
  };
}
