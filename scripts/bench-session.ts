// Signing a benchmark in: a user made through the model, then a real sign-in over HTTP, as a person
// would. Every measured request carries the session cookie (and the Origin a form post carries), so the
// figures include the access check that every request of the app goes through.
import { addUser } from "../app/models/user.server.ts";
import type { Db } from "../app/utils/db.server.ts";

export async function benchSession(db: Db, url: string): Promise<{ cookie: string; origin: string }> {
  const email = `bench-${Date.now()}@example.test`;
  const password = "a bench password, long enough";
  const added = await addUser(db, { email, name: "Bench", role: "procurement", password }, "commandLine");
  if (!added.ok) throw new Error(`creating the bench user: ${added.message}`);
  const response = await fetch(`${url}/sign-in`, {
    method: "POST",
    headers: { Origin: url },
    body: new URLSearchParams({ email, password }),
    redirect: "manual",
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (response.status !== 302 || !cookie) throw new Error(`signing the bench in answered ${response.status}`);
  return { cookie, origin: url };
}
