import type { LinksFunction, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
} from "@remix-run/react";
import type { ReactNode } from "react";
import styles from "./styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Clausewise" }];

const NAV = [
  { to: "/reviews", label: "Reviews" },
  { to: "/renewals", label: "Renewals" },
  { to: "/clauses", label: "Clause library" },
  { to: "/catalog", label: "Catalog" },
];

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <a href="/" className="brand">
              <img src="/favicon.svg" alt="" width="24" height="24" />
              Clausewise
            </a>
            <nav aria-label="Main">
              <ul className="nav">
                {NAV.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} prefetch="intent">
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="page">
          {children}
        </main>
        <footer className="site-footer">
          <p>Clausewise compares your answers with vendors’ published terms. It is not legal advice.</p>
        </footer>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** Shows a plain message, never a stack trace: errors are logged on the server instead. */
export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <section className="notice">
        <h1>Page not found</h1>
        <p>
          {typeof error.data === "string" && error.data !== "Not found"
            ? error.data
            : "There is nothing at this address. It may have moved, or the link may be mistyped."}
        </p>
        <p>
          <a href="/">Go to the home page</a>
        </p>
      </section>
    );
  }
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return (
    <section className="notice">
      <h1>{status >= 500 ? "Something went wrong" : `Request refused (${status})`}</h1>
      <p>
        {status >= 500
          ? "The page could not be shown. Nothing you saved has been lost. Try again in a moment; if it keeps happening, tell whoever runs Clausewise for your company."
          : isRouteErrorResponse(error) && typeof error.data === "string"
            ? error.data
            : "This request could not be completed."}
      </p>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </section>
  );
}
