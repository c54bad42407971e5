// Bundles the pack renderer's worker thread (app/pack/docx-worker.ts) next to the server build.
// Dependencies stay in node_modules; only the app's own modules are bundled.
import { build } from "esbuild";

await build({
  entryPoints: ["app/pack/docx-worker.ts"],
  outfile: "build/docx-worker.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
