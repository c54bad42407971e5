#!/usr/bin/env node
// The `clausewise` command. The command line runs the app's TypeScript directly (through tsx), so it
// uses the very same answers model, rules, clause library, catalog and renderer as the web app.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../app/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
