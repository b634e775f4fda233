interface Attachment {
  url?: string;
  name: string;
}

// The request is made only on the branch where the URL is a `blob:` URL: it reads memory.
export async function toDataUrl(att: Attachment): Promise<Blob | null> {
  if (att.url && att.url.startsWith('blob:')) {
    const res = await fetch(att.url);
    if (res.ok) return res.blob();
  }
  return null;
}

// After an early return for every other URL.
export async function readInline(src: string): Promise<string> {
  if (!src || !src.startsWith('data:')) return src;
  const res = await fetch(src);
  return res.text();
}

// A regular expression test, in a conditional.
export const loadPicture = (src: string): Promise<Response> | null => (/^blob:/.test(src) ? fetch(src) : null);

// A call between the test and the request that is handed neither the object nor the chain.
export async function readLogged(att: Attachment): Promise<Blob | null> {
  if (att.url?.startsWith('blob:')) {
    track(att.name);
    const res = await fetch(att.url);
    return res.blob();
  }
  return null;
}

declare function track(name: string): void;
