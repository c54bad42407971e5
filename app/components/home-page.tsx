// The home page: what Clausewise does, and the three habits it is built on.
import { Link } from "@remix-run/react";

import { useCan } from "../auth/use-user.ts";

export function HomePage() {
  const canStart = useCan("reviews:write");
  return (
    <>
      <section className="hero">
        <h1>Buy AI services without giving your data away by accident</h1>
        <p className="lede">
          Answer a guided questionnaire about one AI vendor and product line, and Clausewise compares your answers with
          what that vendor’s published terms say. It names the gaps and writes the clause pack: the contract language,
          fallbacks, questions for the vendor and a renewal checklist, as a Word document for legal.
        </p>
        <div className="actions">
          <Link className="button" to="/reviews">
            {canStart ? "Start a review" : "Read the reviews"}
          </Link>
          <Link className="button button--secondary" to="/catalog">
            See what vendors’ terms say
          </Link>
        </div>
      </section>
      <div className="cards">
        <section className="card">
          <h2>Be precise about the product line</h2>
          <p>
            A vendor’s commercial API, business seats, consumer app and cloud-marketplace offering are governed by
            different terms. The answer to “do they train on our data?” depends on which one you buy.
          </p>
        </section>
        <section className="card">
          <h2>A default is not a guarantee</h2>
          <p>
            Get the data commitments written into the signed agreement, and negotiate them together with price and term,
            before signature, while you still have leverage.
          </p>
        </section>
        <section className="card">
          <h2>Reconfirm at every renewal</h2>
          <p>
            Terms change. Each clause pack ends with a checklist of what to reconfirm with the vendor before the
            agreement renews.
          </p>
        </section>
      </div>
    </>
  );
}
