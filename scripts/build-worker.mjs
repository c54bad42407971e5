// Bundles the worker threads next to the server build: the document renderer (app/pack/docx-worker.ts)
// and the pack recorder (app/models/pack-writer-worker.ts).
// Dependencies stay in node_modules; only the app's own modules are bundled.
import { build } from "esbuild";

for (const [entry, outfile] of [
  ["app/pack/docx-worker.ts", "build/docx-worker.mjs"],
  ["app/models/pack-writer-worker.ts", "build/pack-writer.mjs"],
])
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
