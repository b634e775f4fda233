import { useEffect, useState } from 'react';
import { fetch } from '../api/instrumented-fetch';

/** The company logo, faded in once it has loaded, with the brand colour from the API. */
export function Logo({ src }: { src: string }) {
  const [ready, setReady] = useState(false);
  const [brandColor, setBrandColor] = useState('#222');

  useEffect(() => {
    const image = new Image();
    // safe: a `{ once: true }` load listener on an image created in this effect and kept
    // nowhere else: the event is certain to fire, and the image goes with the listener.
    image.addEventListener('load', () => setReady(true), { once: true });
    image.src = src;
  }, [src]);

  useEffect(() => {
    // safe: `fetch` here is the project's own wrapper (imported above), which sets a deadline.
    fetch('/api/branding')
      .then((response) => response.json() as Promise<{ color: string }>)
      .then((branding) => setBrandColor(branding.color))
      .catch(() => undefined);
  }, []);

  return <img src={src} alt="Status" style={{ opacity: ready ? 1 : 0, borderColor: brandColor }} />;
}
