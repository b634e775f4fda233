import { createSignal, onMount, onCleanup } from 'solid-js';

export function Scroll() {
  const [top, setTop] = createSignal(0);
  onMount(() => {
    const onScroll = () => setTop(window.scrollY);
    window.addEventListener('scroll', onScroll);
    onCleanup(() => window.removeEventListener('scroll', onScroll));
    const observer = new IntersectionObserver(() => setTop(0));
    onCleanup(() => observer.disconnect());
    observer.observe(document.body);
  });
  return <p>{top()}</p>;
}
