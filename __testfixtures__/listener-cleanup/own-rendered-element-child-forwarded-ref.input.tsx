import { forwardRef, useEffect, useRef, useState, type ReactNode } from 'react';

const IconButton = forwardRef<HTMLButtonElement, { children: ReactNode }>(function IconButton({ children }, ref) {
  return (
    <button ref={ref} type="button">
      {children}
    </button>
  );
});

// Not a finding: the ref is typed as a DOM element, so the child sets it to the <button> it
// renders inside this component's subtree; the effect runs once per mount, and the element
// unmounts with this component, taking its listener with it.
export function CopyButton({ value }: { value: string }) {
  const [label, setLabel] = useState('copy');
  const copyRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    copyRef.current?.addEventListener('mouseleave', () => {
      setLabel('copy');
    });
  }, []);
  return <IconButton ref={copyRef}>{label === 'copy' ? value : label}</IconButton>;
}

type PlayerHandle = { addEventListener(type: string, listener: () => void): void; removeEventListener(type: string, listener: () => void): void };

// Still a finding: the ref holds whatever handle the child hands out, which may live elsewhere.
export function PlayerPanel({ Player }: { Player: (props: { ref: React.Ref<PlayerHandle> }) => ReactNode }) {
  const [ended, setEnded] = useState(false);
  const playerRef = useRef<PlayerHandle>(null);
  useEffect(() => {
    playerRef.current?.addEventListener('ended', () => {
      setEnded(true);
    });
  }, []);
  return (
    <div data-ended={ended}>
      <Player ref={playerRef} />
    </div>
  );
}
