export function loadScript(src: string): Promise<unknown> {
  const script = document.createElement('script');
  script.src = src;
  document.head.append(script);
  return new Promise((resolve) => script.addEventListener('load', resolve));
}
