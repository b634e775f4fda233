// A frame in the document fires 'load' after every navigation, a failed one included:
// these waits always end, so they are not findings.
export function loadSilently(url: string): Promise<string | undefined> {
  const frame = document.createElement('iframe');
  frame.style.display = 'none';
  frame.src = url;

  const loaded = new Promise<string | undefined>((resolve) => {
    frame.onload = () => {
      resolve(frame.contentWindow?.location.hash);
    };
  });

  document.body.appendChild(frame);

  return loaded;
}

export function renderPreview(host: HTMLElement, html: string): Promise<void> {
  return new Promise((resolve) => {
    const preview = document.createElement('iframe');
    preview.addEventListener('load', () => resolve(), { once: true });
    preview.srcdoc = html;
    host.append(preview);
  });
}
