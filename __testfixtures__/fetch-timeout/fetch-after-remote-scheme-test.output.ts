interface Attachment {
  url?: string;
  name: string;
}

// The other branch of a `blob:` test: the URL may be anything, the request gets the deadline.
export async function toBlob(att: Attachment): Promise<Blob | null> {
  if (att.url?.startsWith('blob:')) return null;
  if (att.url) {
    const res = await fetch(att.url, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  }
  return null;
}

// A test that lets remote URLs through as well.
export async function readAny(src: string): Promise<unknown> {
  if (src.startsWith('blob:') || src.startsWith('https:')) {
    const res = await fetch(src, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  }
  return null;
}

// The URL is replaced after the test.
export async function readResolved(src: string): Promise<unknown> {
  let url = src;
  if (url.startsWith('blob:')) {
    url = await resolveRemote(url);
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  }
  return null;
}

declare function resolveRemote(url: string): Promise<string>;

// An object on the tested chain is replaced after the test: `att.file` now holds a remote file.
export async function loadResolved(att: { file: { url: string } }): Promise<unknown> {
  if (att.file.url.startsWith('blob:')) {
    att.file = await resolveRemote(att.file.url).then((url) => ({ url }));
    const res = await fetch(att.file.url, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  }
  return null;
}

// A call handed the object, then an `await`, between the test and the request: either may replace the URL.
export async function loadRefreshed(att: { url: string }): Promise<unknown> {
  if (att.url.startsWith('blob:')) {
    refresh(att);
    const res = await fetch(att.url, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  }
  if (/^data:/.test(att.url)) {
    await settle();
    const res = await fetch(att.url, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  }
  return null;
}

declare function refresh(att: { url: string }): void;
declare function settle(): Promise<void>;
