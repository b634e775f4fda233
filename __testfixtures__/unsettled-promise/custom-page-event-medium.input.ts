// A made-up event on the page's document, answered by a script this file does not show: it has no
// 'error', and whether the other side always answers is in its code (report-only, medium).
export async function checkBlobSupport(): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    document.addEventListener('app:blob-check-response', ((event: CustomEvent) => resolve(event.detail.allowed)) as EventListener, { once: true });
    document.dispatchEvent(new CustomEvent('app:blob-check-request'));
  });
}

// The real leak next to it: a worker the code makes fires 'error' when its script fails, and the
// wait for its reply then never ends (high).
export async function scan(worker: Worker, image: ImageData): Promise<string | null> {
  worker.postMessage(image);
  return new Promise<string | null>((resolve) => {
    worker.addEventListener('message', (event) => resolve(event.data), { once: true });
  });
}
