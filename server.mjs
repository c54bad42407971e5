// Serves the built app: static assets, then Remix. Start-up problems (a database path that cannot be
// used, a broken clause file, a port in use) print one line naming the cause and exit 1, never a stack.
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

process.env.NODE_ENV ??= "production";
const root = path.dirname(fileURLToPath(import.meta.url));
const buildFile = path.join(root, "build/server/index.js");
const port = Number(process.env.PORT || 3000);
// Every form in the app is far smaller; a larger body is refused before anything parses it.
const MAX_BODY_BYTES = 100 * 1024;
const host = process.env.HOST || "0.0.0.0";

function fail(message) {
  console.error(`clausewise: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT=${process.env.PORT} is not a port number (0–65535).`);
if (!fs.existsSync(buildFile)) fail("the app is not built yet: run `npm start` (which builds it) or `npm run build`.");

const build = await import(pathToFileURL(buildFile).href);
try {
  build.entry.module.startup();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use((req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  const length = req.headers["content-length"];
  if (length === undefined && req.headers["transfer-encoding"]) {
    return res.status(411).type("text/plain").send("Send the request with a Content-Length header.");
  }
  if (Number(length) > MAX_BODY_BYTES) {
    res.set("Connection", "close");
    return res
      .status(413)
      .type("text/plain")
      .send(`The request is too large (${length} bytes; at most ${MAX_BODY_BYTES} bytes). Nothing was saved.`);
  }
  next();
});
app.use("/assets", express.static(path.join(root, "build/client/assets"), { immutable: true, maxAge: "1y" }));
app.use(express.static(path.join(root, "build/client"), { maxAge: "1h" }));
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV ?? "production" }));

const server = app.listen(port, host, () => {
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  console.log(`Clausewise is running at http://${shown}:${server.address().port}`);
});
server.on("error", (error) => {
  if (error.code === "EADDRINUSE") fail(`port ${port} on ${host} is already in use: stop the other program or set PORT to a free port.`);
  if (error.code === "EACCES") fail(`not allowed to listen on ${host}:${port}: set PORT to a port above 1024.`);
  fail(`cannot listen on ${host}:${port}: ${error.message}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
