export function autoHide(node: HTMLElement, ms: number) {
  $effect(() => {
    setTimeout(() => node.remove(), ms);
  });
}
