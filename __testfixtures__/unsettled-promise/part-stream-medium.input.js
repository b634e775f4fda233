// A tar entry handed in by the extractor's 'entry' event, whose 'error' the code handles: the
// entry fails when the extraction fails, and that rejects the outer promise (report-only, medium).
export function extractAll(extract, write) {
  extract.on('entry', async (header, stream, next) => {
    const ended = new Promise((resolve) => {
      stream.once('end', () => resolve());
      write(header.name, stream);
    });
    await ended;
    next();
  });
  return new Promise((resolve, reject) => {
    extract.once('finish', resolve);
    extract.once('error', reject);
  });
}

// The real leak next to it: the same wait where nothing handles the extractor's 'error' (high).
export function extractUnguarded(extract, write) {
  extract.on('entry', async (header, stream, next) => {
    const ended = new Promise((resolve) => {
      stream.once('end', () => resolve());
      write(header.name, stream);
    });
    await ended;
    next();
  });
}
