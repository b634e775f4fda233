export async function snapshot(canvas: HTMLCanvasElement, file: File): Promise<Blob[]> {
  const dataUrl = canvas.toDataURL('image/png');
  const fromCanvas = await fetch(dataUrl).then((res) => res.blob());
  const objectUrl = URL.createObjectURL(file);
  const fromFile = await fetch(objectUrl).then((res) => res.blob());
  const pixel = await fetch('data:image/gif;base64,R0lGODlhAQABAAAAACw=').then((res) => res.blob());
  const inline = await fetch(`data:text/plain,${encodeURIComponent(file.name)}`).then((res) => res.blob());
  return [fromCanvas, fromFile, pixel, inline, await (await fetch(canvas.toDataURL())).blob()];
}
