// An image of a data: URL the code writes: no request is made, and 'error' fires only when the
// bytes are not an image (report-only, medium).
export async function supportsColorFonts(svg: string): Promise<boolean> {
  const img = new Image();
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  await new Promise((resolve) => (img.onload = resolve));
  return img.width > 0;
}

// The real leak next to it: an image from the network fails with 'error' and never loads (high).
export async function loadRemote(url: string): Promise<number> {
  const img = new Image();
  img.src = url;
  await new Promise((resolve) => (img.onload = resolve));
  return img.width;
}
