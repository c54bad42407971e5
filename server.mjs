// Serves the app: static assets, then Remix, behind one access check (accounts, roles, origin) and the
// security headers. `node server.mjs` serves the build; `node server.mjs --dev` (npm run dev) serves the
// sources through Vite with hot reload, behind exactly the same checks, so development sees what people
// get. Start-up problems (a database path that cannot be used, a broken clause file, a port in use) print
// one line naming the cause and exit 1, never a stack.
import { createRequestHandler, writeReadableStreamToWritable } from "@remix-run/node";
import compression from "compression";
import express from "express";
import fs from "node:fs";
import http from "node:http";
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dev = process.argv.includes("--dev");
// Development mode is always NODE_ENV=development (Vite and React read it); otherwise production by default.
if (dev) process.env.NODE_ENV = "development";
else process.env.NODE_ENV ??= "production";
const root = path.dirname(fileURLToPath(import.meta.url));
const buildFile = path.join(root, "build/server/index.js");
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "0.0.0.0";

function fail(message) {
  console.error(`clausewise: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`PORT=${process.env.PORT} is not a port number (0–65535).`);
if (!dev && !fs.existsSync(buildFile))
  fail("the app is not built yet: run `npm start` (which builds it) or `npm run build`.");

// Created first so that, in development, Vite's hot-reload socket shares the app's port (and origin, which
// the Content-Security-Policy allows) instead of opening one of its own.
const server = http.createServer();
const vite = dev
  ? await import("vite").then((v) =>
      v.createServer({ server: { middlewareMode: true, hmr: { server } }, appType: "custom" }),
    )
  : undefined;
// In development Vite compiles the server build on demand and reloads it when a file changes: the entry
// module (access checks, headers) is looked up again on each request, so an edit takes effect at once.
const loadBuild = vite
  ? () => vite.ssrLoadModule("virtual:remix/server-build")
  : await import(pathToFileURL(buildFile).href).then((build) => () => build);
// The entry module last loaded: the one module served from the build, or Vite's latest in development.
let entry = (await loadBuild()).entry.module;

try {
  entry.startup();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

/**
 * A middleware that uses the entry module. From the build it runs at once; in development it waits for
 * Vite's current build first, and an error there (a syntax error being edited) goes to the error handler.
 */
const withEntry = (handler) =>
  vite
    ? (req, res, next) =>
        loadBuild()
          .then((build) => handler((entry = build.entry.module), req, res, next))
          .catch(next)
    : (req, res, next) => handler(entry, req, res, next);

const app = express();
app.disable("x-powered-by");
// Behind one reverse proxy (TRUST_PROXY=1), its X-Forwarded-For and X-Forwarded-Proto name the client
// and the protocol; otherwise they are ignored, as anyone can send them.
if (process.env.TRUST_PROXY === "1") app.set("trust proxy", 1);

// Every response, static files and errors included, gets an id and the security headers.
app.use(
  withEntry((entry, req, res, next) => {
    res.locals.requestId = randomUUID();
    res.locals.cspNonce = randomBytes(16).toString("base64");
    res.set(entry.securityHeaders({ nonce: res.locals.cspNonce, requestId: res.locals.requestId, secure: req.secure }));
    next();
  }),
);
app.use(compression());
// Static files are public (the client bundle, the icon): served before any session is looked up. In
// development Vite serves the sources and its hot-reload client.
if (vite) {
  app.use(vite.middlewares);
} else {
  // Under /assets only a file inside the built assets folder is served; anything else there (a missing
  // file, an address that climbs out with `..`, raw or encoded) is a 404 here, never passed on to the app.
  app.use(
    "/assets",
    express.static(path.join(root, "build/client/assets"), {
      immutable: true,
      maxAge: "1y",
      fallthrough: false,
      index: false,
      redirect: false,
    }),
    (_error, _req, res, _next) => res.status(404).type("text/plain").send("Not found."),
  );
  // The icon and the other files at the top of build/client; an address that is none of them goes on to
  // the app, which decides on the route it matches.
  app.use(express.static(path.join(root, "build/client"), { maxAge: "1h", index: false, redirect: false }));
}

// Who is signed in, and whether a change comes from the app's own pages: decided here, for every request
// that reaches Remix (entry.server's handleAccess). Whether that person may run the route Remix matches is
// decided on that route, before its loader or action (entry.server's guardRoutes; the table is
// app/auth/access.ts).
app.use(
  withEntry((entry, req, res, next) => {
    const outcome = entry.handleAccess({
      method: req.method,
      cookie: req.get("cookie"),
      origin: req.get("origin"),
      referer: req.get("referer"),
      fetchSite: req.get("sec-fetch-site"),
      host: req.get("host"),
      secure: req.secure,
    });
    if (outcome.setCookie) res.append("Set-Cookie", outcome.setCookie);
    if (outcome.kind === "refuse") return res.status(outcome.status).type("html").send(outcome.html);
    res.locals.user = outcome.user;
    res.locals.fromAnotherSite = outcome.fromAnotherSite;
    next();
  }),
);

/** 413, before the body is read (or as soon as it runs past the limit): the connection closes after it. */
function tooLarge(res, size, limit) {
  res.set("Connection", "close");
  return res
    .status(413)
    .type("text/plain")
    .send(`The request is too large (${size}at most ${limit} bytes). Nothing was saved.`);
}

// A body is read whole (it is small: see maxBodyBytes in app/http/form-body.ts, a form's 100 kB or, on the
// vendor-answers page, a workbook's few MB) and must be a form the pages could have sent; anything else is
// refused with a page that says why, before any action sees it.
app.use(
  withEntry((entry, req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const limit = entry.maxBodyBytes(req.path, Boolean(res.locals.user));
    const length = req.headers["content-length"];
    if (length === undefined && req.headers["transfer-encoding"]) {
      return res.status(411).type("text/plain").send("Send the request with a Content-Length header.");
    }
    if (Number(length) > limit) return tooLarge(res, `${length} bytes; `, limit);
    const chunks = [];
    let received = 0;
    req.on("data", (chunk) => {
      received += chunk.length;
      if (received <= limit) chunks.push(chunk);
    });
    req.on("error", next);
    req.on("end", () => {
      if (received > limit) return tooLarge(res, "", limit);
      const body = Buffer.concat(chunks);
      entry
        .checkFormBody(req.get("content-type"), body)
        .then((check) => {
          if (!check.ok)
            return res.status(check.status).type("html").send(entry.badBodyPage(check.message, res.locals.requestId));
          res.locals.body = body;
          next();
        })
        .catch(next);
    });
  }),
);

// What Remix is asked for is exactly what was received: the Host must be a host name (not a path in
// disguise), the target a path that can be decoded and no `?_data=` request, or it is a 400 before
// anything matches it.
const HOST_HEADER = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
function remixRequest(req, res) {
  const host = req.get("host") ?? "";
  if (!HOST_HEADER.test(host) || !req.originalUrl.startsWith("/")) return null;
  const url = new URL(`${req.protocol}://${host}${req.originalUrl}`);
  // Remix's old data requests: the app (single fetch) never makes them, so nobody needs them answered.
  if (url.searchParams.has("_data")) return null;
  try {
    decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const controller = new AbortController();
  // Abandoned before the response was written (the browser went away): loaders and actions may stop.
  res.on("close", () => !res.writableFinished && controller.abort());
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined) headers.append(name, one);
  }
  return new Request(url.href, { method: req.method, headers, signal: controller.signal, body: res.locals.body });
}

/** Writes Remix's response to Express's: status, every header (Set-Cookie may repeat), the body streamed. */
async function sendResponse(res, response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) res.append(name, value);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

const handleRemix = (build) => createRequestHandler(build, process.env.NODE_ENV ?? "production");
let serveBuilt;
app.all(
  "*",
  withEntry(async (entry, req, res, next) => {
    try {
      const request = remixRequest(req, res);
      if (!request) return res.status(400).type("html").send(entry.badRequestPage(res.locals.requestId));
      // Every route's loader and action behind its own access check (entry.server's guardRoutes).
      const build = entry.guardRoutes(await loadBuild());
      const handle = vite ? handleRemix(build) : (serveBuilt ??= handleRemix(build));
      const response = await handle(request, {
        user: res.locals.user,
        cspNonce: res.locals.cspNonce,
        requestId: res.locals.requestId,
        clientIp: req.ip ?? "",
        secure: req.secure,
        fromAnotherSite: res.locals.fromAnotherSite,
      });
      // Nothing the app answers is kept by a browser or a proxy unless the route says so itself.
      if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-store");
      await sendResponse(res, response);
    } catch (error) {
      next(error);
    }
  }),
);
// An error Remix did not turn into a page itself: logged with the request id, answered without a stack.
app.use((error, req, res, _next) => {
  // Express's own 400s (an address that is not valid percent-encoding): the request's fault, not a crash.
  if (error?.status === 400 && !res.headersSent) {
    return res.status(400).type("html").send(entry.badRequestPage(res.locals.requestId));
  }
  console.error(`[${new Date().toISOString()}] [${res.locals.requestId}] ${req.method} ${req.path}:`, error);
  if (res.headersSent) return res.end();
  res.status(500).type("html").send(entry.errorPage(res.locals.requestId));
});

server.on("request", app);
server.listen(port, host, () => {
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  console.log(`Clausewise is running at http://${shown}:${server.address().port}`);
});
server.on("error", (error) => {
  if (error.code === "EADDRINUSE")
    fail(`port ${port} on ${host} is already in use: stop the other program or set PORT to a free port.`);
  if (error.code === "EACCES") fail(`not allowed to listen on ${host}:${port}: set PORT to a port above 1024.`);
  fail(`cannot listen on ${host}:${port}: ${error.message}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    // Requests under way finish; idle keep-alive connections (and Vite's watcher) do not hold the exit up.
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    void vite?.close();
  });
}
