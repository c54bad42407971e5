// /clauses: the clause library, every clause with when it applies, its variants, fallbacks and sources.
import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { clauseLibraryPage } from "../use-cases/clauses/library-page.server.ts";

export const meta: MetaFunction = () => [{ title: "Clause library · Clausewise" }];

export const loader = () => clauseLibraryPage();

export default function ClauseLibraryPage() {
  const { version, clauses } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Clause library</h1>
      <p className="lede">
        The contract language Clausewise proposes, with fallbacks, negotiation notes and questions for the vendor. A
        review brings in each clause when its condition holds. Variables such as {"{{buyerName}}"} are filled from the
        review’s answers. Library version <code>{version}</code>, {clauses.length} clauses.
      </p>
      <ul className="vendor-toc" aria-label="Clauses">
        {clauses.map((c) => (
          <li key={c.id}>
            <a href={`#clause-${c.id}`}>{c.title}</a>
          </li>
        ))}
      </ul>
      {clauses.map((c, i) => (
        <section key={c.id} id={`clause-${c.id}`} className="vendor" aria-labelledby={`h-${c.id}`}>
          <h2 id={`h-${c.id}`}>
            {i + 1}. {c.title} <span className="muted">({c.id})</span>
          </h2>
          <p>
            <span className="badge">{c.category}</span> Applies when {c.appliesWhen}.
          </p>
          {Object.entries(c.language).map(([variant, paragraphs]) => {
            const when = c.variants.find((v) => v.id === variant)?.when;
            return (
              <div key={variant}>
                {variant === "default" ? null : (
                  <h3>
                    Variant “{variant}” <span className="muted">— when {when}</span>
                  </h3>
                )}
                <ol className="clause-language">
                  {paragraphs.map((p, j) => (
                    <li key={j} value={j + 1}>
                      {p}
                    </li>
                  ))}
                </ol>
              </div>
            );
          })}
          <h3>Fallback positions</h3>
          <ol type="a">
            {c.fallbacks.map((f, j) => (
              <li key={j}>{f}</li>
            ))}
          </ol>
          <h3>Negotiation note</h3>
          {c.negotiationNote.split("\n\n").map((p, j) => (
            <p key={j}>{p}</p>
          ))}
          <h3>Questions for the vendor</h3>
          <ul>
            {c.questions.map((q, j) => (
              <li key={j}>{q}</li>
            ))}
          </ul>
          <h3>Reconfirm at renewal</h3>
          <p>{c.reconfirmAtRenewal}</p>
          <p className="source">
            Sources: {c.sources.map((s) => (s.publisher ? `${s.title} — ${s.publisher}` : s.title)).join(" · ")}
          </p>
        </section>
      ))}
    </>
  );
}
