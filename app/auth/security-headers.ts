/**
 * Headers on every response the server sends: pages, data, downloads, static files and every error.
 * The Content-Security-Policy is enforced: scripts run only from the app's own files or with this
 * request's nonce (Remix's inline hydration scripts carry it); no inline styles; the app cannot be framed.
 */
export function securityHeaders(options: {
  nonce: string;
  requestId: string;
  secure: boolean;
}): Record<string, string> {
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
  return {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    "X-Request-Id": options.requestId,
    // Over HTTPS, browsers are told to keep to HTTPS for a year. Never sent over plain HTTP, where it
    // would mean nothing and a local `npm start` must keep working.
    ...(options.secure ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}
