// Handler properties: `onload` resolves, nothing rejects when the image or the database fails.
export function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.src = url;
  });
}

export function openStore(name: string): Promise<IDBDatabase> {
  return new Promise(resolve => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
  });
}
