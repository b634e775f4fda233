/** Composables over document and window events. */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';
import { getVisibilityEvent, isPageHidden } from '../../../shared/visibility';

/** `r` refreshes, `/` focuses the search box, and so on. */
export function useKeyboardShortcuts(shortcuts: Record<string, () => void>): void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement || event.metaKey || event.ctrlKey) return;
    shortcuts[event.key]?.();
  };
  onMounted(() => {
    // leak (listener-cleanup, auto): never removed; leave the page and come back and every
    // shortcut fires twice (once from the dead component).
    window.addEventListener('keydown', onKeyDown);
  });
}

/** False while the tab is in the background, so pollers can pause. */
export function usePageVisibility(): Ref<boolean> {
  const visible = ref(!isPageHidden());
  const update = () => {
    visible.value = !isPageHidden();
  };
  onMounted(() => {
    // safe: removed in onBeforeUnmount with the same handler and the same call of the pure
    // event-name helper.
    document.addEventListener(getVisibilityEvent(), update);
  });
  onBeforeUnmount(() => document.removeEventListener(getVisibilityEvent(), update));
  return visible;
}
