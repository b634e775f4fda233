// A frame's window (or a jsdom page's `window`) fires `error` for any script error of that page,
// not when its load fails: the fix must not reject on it. The wait is reported, report-only.
export function frameReady(frame: HTMLIFrameElement): Promise<Window> {
  return new Promise((resolve) => {
    const view = frame.contentWindow!;
    frame.contentWindow!.onload = () => resolve(view);
  });
}

// An image's `error` is its load failing: the suggestion still rejects on it.
export function pictureReady(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve) => {
    const picture = new Image();
    picture.onload = () => resolve(picture);
    picture.src = url;
  });
}
