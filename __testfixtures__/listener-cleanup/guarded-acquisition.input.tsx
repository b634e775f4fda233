import { useEffect, useState } from 'react';

interface Carousel {
  on(event: 'select', handler: () => void): void;
  off(event: 'select', handler: () => void): void;
  selectedIndex(): number;
}

// Suggestion: the inline handler reads `api`, which only the test narrows; moved out of the
// test (and read again in the cleanup), it is possibly undefined.
export function Preview({ api }: { api: Carousel | undefined }) {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (api) {
      api.on('select', () => {
        setIndex(api.selectedIndex());
      });
    }
  }, [api]);
  return <span>{index}</span>;
}

// Auto, with `?.`: a named handler, and only the target is tested.
export function Counter({ api, onSelect }: { api: Carousel | undefined; onSelect: () => void }) {
  useEffect(() => {
    if (api) api.on('select', onSelect);
  }, [api, onSelect]);
  return null;
}

// Suggestion: the handler itself is what the test narrows.
export class Tab {
  el = document.createElement('div');

  constructor(private readonly props: { onHover?: () => void }) {
    if (this.props.onHover !== undefined) {
      window.addEventListener('mouseover', this.props.onHover);
    }
  }

  destroy() {
    this.el.textContent = '';
  }
}
