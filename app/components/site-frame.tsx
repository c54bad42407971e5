// The pieces every page shares, the Remix pages (root.tsx) and the plain ones the server writes alone
// (plain-page.tsx): the brand in the header, and the footer.

export function Brand() {
  return (
    <a href="/" className="brand">
      <img src="/favicon.svg" alt="" width="24" height="24" />
      Clausewise
    </a>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>Clausewise compares your answers with vendors’ published terms. It is not legal advice.</p>
    </footer>
  );
}
