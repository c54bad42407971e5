import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

/** A page for a part of the product that is not built yet: says so plainly and what to use meanwhile. */
export function ComingSoon({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="notice">
      <h1>{title}</h1>
      {children}
      <p>
        Meanwhile, the <Link to="/catalog">vendor catalog</Link> shows what each vendor’s published terms say.
      </p>
    </section>
  );
}
