import { onBeforeUnmount, onMounted } from 'vue';

// The teardown itself runs the helper that requests the frame (a style put back once the
// frame comes): the cancellation goes before that call, so it ends frames still pending
// and not the one the teardown has just asked for.
export function useFadeLayer(layer: HTMLElement) {
  function fadeIn() {
    layer.style.opacity = '0.4';
  }
  const frameIds: number[] = [];
  function fadeOut() {
    frameIds.push(requestAnimationFrame(() => {
      layer.style.opacity = '';
    }));
  }
  onMounted(fadeIn);
  onBeforeUnmount(() => {
    for (const frameId of frameIds) cancelAnimationFrame(frameId);
    fadeOut();
  });
  return { fadeOut };
}

// The same with the helper handed to the hook: the new hook is registered before it.
export function useOverlayBlur(overlay: HTMLElement) {
  const frameIds: number[] = [];
  function clearBlur() {
    frameIds.push(requestAnimationFrame(() => {
      overlay.style.filter = '';
    }));
  }
  onBeforeUnmount(() => {
    for (const frameId of frameIds) cancelAnimationFrame(frameId);
  });
  onBeforeUnmount(clearBlur);
  return { clearBlur };
}

// A teardown that does not run the helper: the cancellation goes after its own work, as before.
export function usePulse(dot: HTMLElement) {
  const frameIds: number[] = [];
  function pulse() {
    frameIds.push(requestAnimationFrame(() => {
      dot.style.transform = 'scale(1.2)';
    }));
  }
  onMounted(pulse);
  onBeforeUnmount(() => {
    dot.style.transform = '';
    for (const frameId of frameIds) cancelAnimationFrame(frameId);
  });
}
