import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
} from "@remix-run/react";
import type { ReactNode } from "react";

import { permissionsOf, type Permission } from "./auth/access.ts";
import { ROLE_LABELS } from "./accounts/roles.ts";
import { useUser, type RootData } from "./auth/use-user.ts";
import { Brand, SiteFooter } from "./components/site-frame.tsx";
import styles from "./styles/app.css?url";
import { useNonce } from "./utils/nonce-provider.ts";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Clausewise" }];

/**
 * Who is signed in and what their role allows (from access.ts, the table the server enforces), for the
 * header and for pages that leave out what the role cannot do. Labels come along, so the pages need not
 * load the table.
 */
export function loader({ context }: LoaderFunctionArgs): RootData {
  const { user } = context;
  if (!user) return { user: null };
  return {
    user: {
      name: user.name,
      email: user.email,
      role: user.role,
      roleLabel: ROLE_LABELS[user.role],
      permissions: [...permissionsOf(user.role)],
    },
  };
}

const NAV: { to: string; label: string; needs: Permission }[] = [
  { to: "/reviews", label: "Reviews", needs: "reviews:read" },
  { to: "/renewals", label: "Renewals", needs: "reviews:read" },
  { to: "/clauses", label: "Clause library", needs: "app:use" },
  { to: "/packs", label: "Packs", needs: "catalog:write" },
  { to: "/catalog", label: "Catalog", needs: "app:use" },
  { to: "/admin/users", label: "Users", needs: "users:manage" },
  { to: "/admin/backup", label: "Backup", needs: "users:manage" },
];

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const user = useUser();
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
            <Brand />
            {user ? (
              <>
                <nav aria-label="Main">
                  <ul className="nav">
                    {NAV.filter((item) => user.permissions.includes(item.needs)).map((item) => (
                      <li key={item.to}>
                        <NavLink to={item.to} prefetch="intent">
                          {item.label}
                        </NavLink>
                      </li>
                    ))}
                  </ul>
                </nav>
                {/* A full page load: nothing of the signed-in pages stays in the browser's memory. */}
                <Form method="post" action="/sign-out" reloadDocument className="user-menu">
                  <span className="user-menu__who">
                    {/* Your own account: where you change your password. */}
                    <Link to="/account" className="user-menu__name" aria-label={`Your account: ${user.name}`}>
                      {user.name}
                    </Link>{" "}
                    <span className="user-menu__role">{user.roleLabel}</span>
                  </span>
                  <button type="submit" className="user-menu__sign-out">
                    Sign out
                  </button>
                </Form>
              </>
            ) : null}
          </div>
        </header>
        <main id="main" className="page">
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
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
  const user = useUser();
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
  // A refusal of the access check says what it is itself (entry.server's guardRoutes).
  const refusal = isRouteErrorResponse(error) ? titledRefusal(error.data) : null;
  return (
    <section className="notice">
      <h1>{refusal ? refusal.title : status >= 500 ? "Something went wrong" : `Request refused (${status})`}</h1>
      <p>
        {refusal
          ? refusal.message
          : status >= 500
            ? "The page could not be shown. Nothing you saved has been lost. Try again in a moment; if it keeps happening, tell whoever runs Clausewise for your company."
            : isRouteErrorResponse(error) && typeof error.data === "string"
              ? error.data
              : "This request could not be completed."}
      </p>
      {refusal && user ? (
        <p className="muted">
          You are signed in as {user.name} ({user.roleLabel}).
        </p>
      ) : null}
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </section>
  );
}

function titledRefusal(data: unknown): { title: string; message: string } | null {
  const value = data as { title?: unknown; message?: unknown } | null;
  return typeof value?.title === "string" && typeof value.message === "string"
    ? { title: value.title, message: value.message }
    : null;
}
