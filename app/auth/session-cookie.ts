// The session cookie: the random token only (the server keeps the session), HttpOnly so scripts cannot
// read it, SameSite=Lax so other sites' forms do not carry it, Secure whenever the app is served over HTTPS.

export const SESSION_COOKIE = "clausewise_session";

/** The session token a Cookie header carries, or null. */
export function readSessionToken(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return value.join("=") || null;
  }
  return null;
}

export function sessionCookie(token: string, options: { maxAgeSeconds: number; secure: boolean }): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${options.maxAgeSeconds}`,
    ...(options.secure ? ["Secure"] : []),
  ].join("; ");
}

/** Tells the browser to drop the cookie (signed out, or its session is gone). */
export function clearedSessionCookie(options: { secure: boolean }): string {
  return sessionCookie("", { maxAgeSeconds: 0, secure: options.secure });
}
