export function autoHide(node: HTMLElement, ms: number) {
  $effect(() => {
    const timeoutId = setTimeout(() => node.remove(), ms);
    return () => {
      clearTimeout(timeoutId);
    };
  });
}
