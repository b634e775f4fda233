import { onCleanup, onMount } from 'solid-js';

// Each input's listener is removed in the component's cleanup, through the array the inputs were collected in.
export function ItemList(props: { root: HTMLElement; onChange: (event: Event) => void; onClick: (event: Event) => void }) {
  const processedInputs: HTMLInputElement[] = [];
  const processedButtons: HTMLButtonElement[] = [];
  const handleChange = (event: Event) => props.onChange(event);
  const handleClick = (event: Event) => props.onClick(event);
  onMount(() => {
    for (const input of props.root.getElementsByTagName('input')) {
      input.addEventListener('change', handleChange);
      processedInputs.push(input);
    }
    for (const button of props.root.getElementsByTagName('button')) {
      // Still a finding: the cleanup removes another handler from the buttons.
      button.addEventListener('click', handleClick);
      processedButtons.push(button);
    }
  });
  onCleanup(() => {
    for (const item of processedInputs) {
      item.removeEventListener('change', handleChange);
    }
    processedButtons.forEach((item) => item.removeEventListener('click', handleChange));
  });
  return <div />;
}
