import { createSignal, onMount } from 'solid-js';

export function Scroll() {
  const [top, setTop] = createSignal(0);
  onMount(() => {
    const onScroll = () => setTop(window.scrollY);
    window.addEventListener('scroll', onScroll);
    const observer = new IntersectionObserver(() => setTop(0));
    observer.observe(document.body);
  });
  return <p>{top()}</p>;
}
