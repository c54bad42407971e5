// A route that does no work: the baseline `npm run bench` compares a step save against.
export function loader() {
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
