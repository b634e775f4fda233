import fs from 'node:fs';
import { Writable } from 'node:stream';

// A retrying wrapper returns the response; this file's caller streams its body to disk (a release
// asset of any size): a 10 s deadline on the request would cut every download longer than that.
// The wrapper's name says nothing of it, its caller does: a suggestion, not an auto fix.
async function getWithRetries(assetUrl: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(assetUrl, { redirect: 'follow' });
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

export async function saveAsset(assetUrl: string, target: string) {
  const response = await getWithRetries(assetUrl);
  if (!response.ok || !response.body) throw new Error(`cannot fetch ${assetUrl}`);
  await response.body.pipeTo(Writable.toWeb(fs.createWriteStream(target)));
}
