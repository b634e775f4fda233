// The `src` of an element already on the page, on a target without AbortSignal.timeout: no fix,
// and `medium` — the page has loaded that resource, the request reads what the browser holds.
export async function saveShownImage(save: (blob: Blob) => void) {
  let image: any = document.querySelector('.image');
  const blob = await fetch(image.src).then((r) => r.blob());
  save(blob);
}

export async function snapshot(video: HTMLVideoElement) {
  const res = await fetch(video.currentSrc);
  return res.arrayBuffer();
}

// Negative: a `src` of a configuration, and an element variable assigned again, are ordinary URLs: `high`
export async function loadScript(config: { src: string }) {
  const res = await fetch(config.src);
  return res.text();
}

export async function loadNext(selector: string) {
  let image = document.querySelector<HTMLImageElement>(selector);
  if (!image) image = new Image();
  const res = await fetch(image.src);
  return res.blob();
}
