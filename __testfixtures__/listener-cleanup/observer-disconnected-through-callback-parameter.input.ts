// Not findings: the callback ends the observer through its own second parameter, the observer
// the browser passes in (here it shadows the outer name, as it often does).
export function watchOverrides(root: ShadowRoot, restore: () => void): void {
  const observer = new MutationObserver((mutations, observer) => {
    // Disconnect before making any other change
    observer.disconnect();
    if (mutations.some((mutation) => mutation.removedNodes.length > 0)) restore();
  });
  observer.observe(root, { childList: true });
}

export function waitForSize(element: HTMLElement, done: (width: number) => void): void {
  const sizes = new ResizeObserver((entries, self) => {
    const width = entries[0]?.contentRect.width ?? 0;
    if (width > 0) {
      self.disconnect();
      done(width);
    }
  });
  sizes.observe(element);
}

// Still a finding: the callback's parameter is not disconnected (it only reads its records).
export function watchTitle(onChange: (title: string) => void): void {
  const observer = new MutationObserver((mutations, self) => {
    onChange(document.title + mutations.length + String(self));
  });
  observer.observe(document.head, { childList: true, subtree: true });
}
