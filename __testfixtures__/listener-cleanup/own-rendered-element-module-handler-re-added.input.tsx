import { useEffect, useRef, type RefObject } from 'react';

const playing = new Set<HTMLMediaElement>();

const onPlayState = (event: Event) => {
  const media = event.target as HTMLMediaElement;
  if (media.paused) playing.delete(media);
  else playing.add(media);
};

// Not a finding: the effect reads its own <audio> through `const el = ref.current`, and `ref` is the
// caller's ref or the component's own (`refProp ?? ownRef`), rendered on that <audio>. It runs again
// only when `ref` changes, and adds the same module-level listener to the same element: the element
// keeps one (type, listener) pair, so nothing piles up, and the listener goes with the element.
export function MutedPlayer({ ref: refProp }: { ref?: RefObject<HTMLAudioElement | null> }) {
  const ownRef = useRef<HTMLAudioElement>(null);
  const ref = refProp ?? ownRef;
  useEffect(() => {
    const el = ref.current;
    if (el == null) return;
    el.addEventListener('play', onPlayState);
    el.addEventListener('pause', onPlayState);
  }, [ref]);
  return <audio ref={ref} />;
}

// Still findings: an inline arrow is a new listener on each run of the effect, and `window` is no
// element of the component (it outlives it).
export function TrackedPlayer({ src }: { src: string }) {
  const ownRef = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const el = ownRef.current;
    if (el == null) return;
    el.addEventListener('play', () => playing.add(el));
    window.addEventListener('blur', onPlayState);
  }, [src]);
  return <audio ref={ownRef} src={src} />;
}
