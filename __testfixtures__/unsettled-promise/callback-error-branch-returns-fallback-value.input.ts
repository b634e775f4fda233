import fs from 'node:fs';

// The error branch returns `null` from the callback, where nobody receives it: the author meant the
// caller to get null for a missing file. Rejecting instead may change what the caller sees: a suggestion.
export function removeExport(file: string): Promise<string | null> {
  return new Promise((resolve) => {
    fs.access(file, (error) => {
      if (!error) {
        fs.rmSync(file);
        resolve(file);
      } else {
        return null;
      }
    });
  });
}

// The real leak next to it: the error branch only leaves. Settling it is an auto fix.
export function removeCache(file: string): Promise<string> {
  return new Promise((resolve) => {
    fs.access(file, (error) => {
      if (error) {
        return;
      }
      fs.rmSync(file);
      resolve(file);
    });
  });
}
