// 'loadend' comes after 'load', 'error' and 'abort' alike: the wait always ends.
export function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.readAsDataURL(blob);
    reader.onloadend = () => resolve(reader.result as string);
  });
}

export function send(xhr: XMLHttpRequest, body: string): Promise<number> {
  return new Promise((resolve) => {
    xhr.addEventListener('loadend', () => resolve(xhr.status));
    xhr.send(body);
  });
}
