// A frame the code never inserts never loads: the wait is still reported, but with no
// `onerror` rejection (a frame has no 'error' event; it would never fire).
export function prepareFrame(url: string, keep: (frame: HTMLIFrameElement) => void): Promise<void> {
  const frame = document.createElement('iframe');
  frame.src = url;
  const ready = new Promise<void>((resolve) => {
    frame.onload = () => {
      resolve();
    };
  });
  keep(frame);
  return ready;
}

// An image does fire 'error': it keeps the rejection.
export function decodePicture(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve) => {
    const picture = document.createElement('img');
    picture.onload = () => {
      resolve(picture);
    };
    picture.src = src;
  });
}
