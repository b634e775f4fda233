export function CopyLink({ url }: { url: string }) {
  const onClick = () => {
    navigator.clipboard.writeText(url);
    setTimeout(() => console.log('copied'), 1000);
    requestAnimationFrame(() => document.body.classList.add('copied'));
  };
  return <button onClick={onClick}>Copy</button>;
}

export function debounce(fn: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}
