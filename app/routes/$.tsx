// Any address no route matches: a real 404 status with the app's own page.
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
