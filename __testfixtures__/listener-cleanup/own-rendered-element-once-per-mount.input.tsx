import { useEffect, useRef, useState } from 'react';

// Not a finding: the effect runs once per mount, and the <audio> element is the component's own:
// it unmounts with the component, and its listeners go with it.
export function SpeakButton({ src }: { src: string }) {
  const [speaking, setSpeaking] = useState(false);
  const playerRef = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    playerRef.current?.addEventListener('play', () => setSpeaking(true));
    playerRef.current?.addEventListener('pause', () => setSpeaking(false));
  }, []);
  return <audio ref={playerRef} src={src} data-speaking={speaking} />;
}

// Still a finding: the effect runs again when `src` changes, adding another listener to the same element.
export function Player({ src }: { src: string }) {
  const [playing, setPlaying] = useState(false);
  const playerRef = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    playerRef.current?.addEventListener('play', () => setPlaying(true));
  }, [src]);
  return <audio ref={playerRef} src={src} data-playing={playing} />;
}
