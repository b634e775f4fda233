import { useState } from 'react';

export function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  const onClick = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    setCopied(false);
  };
  return <button onClick={onClick}>{copied ? 'Copied' : 'Copy'}</button>;
}
