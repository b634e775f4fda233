import * as React from 'react';

function clearTimeoutRef(ref: React.RefObject<number | null>) {
  if (ref.current == null) return;
  window.clearTimeout(ref.current);
  ref.current = null;
}

function forgetTimeoutRef(ref: React.RefObject<number | null>) {
  ref.current = null;
}

// Not a finding: the cleanup hands the ref to a function of the file that clears `ref.current`.
export function LinkTooltip({ wrap }: { wrap: { onHover: ((on: boolean) => void) | null } }) {
  const [shown, setShown] = React.useState(false);
  const timeoutRef = React.useRef<number | null>(null);
  React.useEffect(() => {
    wrap.onHover = (on) => {
      clearTimeoutRef(timeoutRef);
      if (!on) return;
      timeoutRef.current = window.setTimeout(() => {
        timeoutRef.current = null;
        setShown(true);
      }, 600);
    };
    return () => {
      wrap.onHover = null;
      clearTimeoutRef(timeoutRef);
    };
  }, [wrap]);
  return shown ? <span>tip</span> : null;
}

// Still a finding: the helper it is handed to only forgets the handle.
export function StatusTooltip({ wrap }: { wrap: { onHover: ((on: boolean) => void) | null } }) {
  const [shown, setShown] = React.useState(false);
  const timeoutRef = React.useRef<number | null>(null);
  React.useEffect(() => {
    wrap.onHover = (on) => {
      if (!on) return;
      timeoutRef.current = window.setTimeout(() => {
        setShown(true);
      }, 600);
    };
    return () => {
      wrap.onHover = null;
      forgetTimeoutRef(timeoutRef);
    };
  }, [wrap]);
  return shown ? <span>status</span> : null;
}
