// A page the server writes before (or instead of) Remix: a refused request, a server error. No scripts,
// the app's stylesheet, the same header and footer as every page.
import type { ReactNode } from "react";

import { ROLE_LABELS, type Role } from "../accounts/roles.ts";

import { Brand, SiteFooter } from "./site-frame.tsx";

export function PlainPage({
  title,
  stylesheet,
  user,
  children,
}: {
  title: string;
  stylesheet: string;
  user: { name: string; role: Role } | null;
  children: ReactNode;
}) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Clausewise`}</title>
        <link rel="stylesheet" href={stylesheet} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <header className="site-header">
          <div className="site-header__inner">
            <Brand />
          </div>
        </header>
        <main id="main" className="page">
          <section className="notice">
            <h1>{title}</h1>
            {children}
            {user ? (
              <p className="muted">
                You are signed in as {user.name} ({ROLE_LABELS[user.role]}).
              </p>
            ) : null}
            <p>
              <a href="/">Go to the home page</a>
            </p>
          </section>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
