// A function put in a hook table (a directive's `{ mounted, unmounted }`): its consumer calls it
// and drops what it returns, so a returned stop function would reach nobody. Report only.
function mounted(element: HTMLElement, binding: { value: (event: PointerEvent) => void }): void {
  document.addEventListener('pointerdown', binding.value);
}

function unmounted(element: HTMLElement): void {
  element.remove();
}

export const dismissOnPointer = { mounted, unmounted };

// Beside it: a function its callers call, and may keep what it returns: the stop function is offered.
export function followPointer(onMove: (event: PointerEvent) => void): void {
  document.addEventListener('pointermove', onMove);
}
