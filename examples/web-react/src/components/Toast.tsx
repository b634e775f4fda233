import { useEffect, useState } from 'react';

/** A message that dismisses itself after five seconds. */
export function Toast({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  useEffect(() => {
    // leak (timer-cleanup, suggestion): close the toast by hand and open another one, and this old
    // timeout still fires onDismiss, closing the new toast early (a [onDismiss] change cancels it too).
    setTimeout(onDismiss, 5_000);
  }, [onDismiss]);

  return (
    <div role="status" className="toast">
      {message} <button onClick={onDismiss}>×</button>
    </div>
  );
}

/** Copies a status-page link and says "Copied" for a moment. */
export function CopyLinkButton({ href }: { href: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    // safe: the cleanup clears this timeout.
    const timeout = setTimeout(() => setCopied(false), 1_500);
    return () => clearTimeout(timeout);
  }, [copied]);

  return (
    <button onClick={() => navigator.clipboard.writeText(href).then(() => setCopied(true), () => setCopied(false))}>
      {copied ? 'Copied' : 'Copy link'}
    </button>
  );
}
