import { onBeforeUnmount, onMounted, type Ref } from 'vue';
import { unrefElement } from '@vueuse/core';

export function usePanelGrip(grip: Ref<HTMLElement | undefined>, panel: Ref<HTMLElement | undefined>) {
  const onPress = (event: MouseEvent) => {
    console.log(event.clientX);
  };
  const onHover = (event: MouseEvent) => {
    console.log(event.clientY);
  };

  // Attach and detach each resolve the element again with the same imported helper and
  // the same ref: the detach removes what the attach added.
  const attach = () => {
    const element = unrefElement(grip);
    if (element) element.addEventListener('mousedown', onPress);
  };
  const detach = () => {
    const element = unrefElement(grip);
    if (element) element.removeEventListener('mousedown', onPress);
  };

  // The leak beside it: the removal resolves another ref, a different element.
  const watchHover = () => {
    const element = unrefElement(grip);
    element?.addEventListener('mouseover', onHover);
  };
  const unwatchHover = () => {
    const element = unrefElement(panel);
    element?.removeEventListener('mouseover', onHover);
  };

  onMounted(() => {
    attach();
    watchHover();
  });
  onBeforeUnmount(() => {
    detach();
    unwatchHover();
  });
}
