import { Link } from "@remix-run/react";

/** A one-time link (an invitation, a password reset) that cannot be used: why, and where to go instead. */
export function UnusableLink({ title, problem }: { title: string; problem: string }) {
  return (
    <section className="notice">
      <h1>{title}</h1>
      <p>{problem}</p>
      <p>
        <Link to="/sign-in">Go to the sign-in page</Link>
      </p>
    </section>
  );
}
