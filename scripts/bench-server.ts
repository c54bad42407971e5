// Starts the built app (`node server.mjs`) on a free loopback port for a benchmark, and stops it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts the built app on a free loopback port with its own database; `env` adds settings (SESSION_IDLE_MINUTES …). */
export async function startServer(
  databasePath: string,
  env: Record<string, string> = {},
): Promise<{ url: string; stop: () => void }> {
  if (!fs.existsSync("build/server/index.js")) throw new Error("Build the app first: npm run build");
  const port = await freePort();
  // BENCH_SERVER_ARGS passes node options to the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_ARGS?.split(" ").filter(Boolean) ?? []), "server.mjs"], {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: databasePath },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, stop: () => child.kill("SIGTERM") };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error("The server did not start within 10 seconds.");
}
