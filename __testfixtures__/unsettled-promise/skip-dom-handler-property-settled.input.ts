// Handler properties with an error path, or a focus wait tied to a signal: nothing to report.
export function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`could not load ${url}`));
    img.src = url;
  });
}

export function whenOpen(socket: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.onopen = () => resolve();
    socket.onclose = (event) => reject(new Error(`closed: ${event.code}`));
  });
}

// Not a wait: a handler property set outside any promise.
export function track(img: HTMLImageElement, onLoaded: () => void) {
  img.onload = onLoaded;
}
