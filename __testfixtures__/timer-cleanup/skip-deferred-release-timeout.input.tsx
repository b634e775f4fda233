import { Component, useEffect } from 'react';

// Deferred cleanups: each timer only releases something. Cancelling one at unmount would keep
// alive exactly what it was meant to release.
export function PasteGuard({ onPaste }: { onPaste: (event: ClipboardEvent) => void }) {
  useEffect(() => {
    const block = (event: ClipboardEvent) => event.preventDefault();
    document.addEventListener('paste', block, true);
    setTimeout(() => document.removeEventListener('paste', block, true), 100);
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [onPaste]);

  useEffect(() => {
    let observer: MutationObserver | null = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true });
    const controller = new AbortController();
    fetch('/warmup', { signal: controller.signal }).catch(() => {});
    window.setTimeout(() => {
      observer?.disconnect();
      observer = null;
      controller.abort();
    }, 5_000);
  }, []);

  return null;
}

export class Canvas extends Component {
  componentDidMount(): void {
    // Blocks the next paste until the pointer is released; the timer lifts both listeners.
    const stopNextPaste = (event: ClipboardEvent) => event.stopPropagation();
    const allowPaste = () => {
      setTimeout(() => {
        document.body.removeEventListener('paste', stopNextPaste);
        window.removeEventListener('pointerup', allowPaste);
      }, 100);
    };
    document.body.addEventListener('paste', stopNextPaste);
    window.addEventListener('pointerup', allowPaste);
  }

  render() {
    return null;
  }
}
