import * as React from 'react';

function clearTimeoutRef(ref: React.RefObject<number | null>) {
  if (ref.current != null) window.clearTimeout(ref.current);
}

// Still a finding: the helper only clears the previous timer right before the next one is set;
// nothing cancels the last one when the effect is cleaned up.
export function HelperTip({ text }: { text: string }) {
  const timeoutRef = React.useRef<number | null>(null);
  React.useEffect(() => {
    clearTimeoutRef(timeoutRef);
    timeoutRef.current = window.setTimeout(() => console.log(text), 1000);
  }, [text]);
  return <div>{text}</div>;
}

// Still a finding: the same clear written inline.
export function InlineTip({ text }: { text: string }) {
  const timeoutRef = React.useRef<number | null>(null);
  React.useEffect(() => {
    if (timeoutRef.current != null) window.clearTimeout(timeoutRef.current);
    timeoutRef.current = window.setTimeout(() => console.log(text), 1000);
  }, [text]);
  return <div>{text}</div>;
}

// Not a finding: the same clear before the re-set, and the cleanup clears the last one.
export function CleanTip({ text }: { text: string }) {
  const timeoutRef = React.useRef<number | null>(null);
  React.useEffect(() => {
    clearTimeoutRef(timeoutRef);
    timeoutRef.current = window.setTimeout(() => console.log(text), 1000);
    return () => clearTimeoutRef(timeoutRef);
  }, [text]);
  return <div>{text}</div>;
}
