// Copies a one-time link to the clipboard. Needs JavaScript (and the clipboard), so it appears only
// once the page is live; without it the link is selected text to copy by hand, as the page says.
import { useEffect, useState } from "react";

export function CopyButton({ value, label }: { value: string; label: string }) {
  const [live, setLive] = useState(false);
  const [said, setSaid] = useState("");
  useEffect(() => setLive(typeof navigator !== "undefined" && Boolean(navigator.clipboard)), []);
  if (!live) return null;
  return (
    <p className="copy">
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() =>
          navigator.clipboard.writeText(value).then(
            () => setSaid("Copied to the clipboard."),
            () => setSaid("The browser did not allow copying: select the link and copy it by hand."),
          )
        }
      >
        {label}
      </button>{" "}
      <span aria-live="polite">{said}</span>
    </p>
  );
}
