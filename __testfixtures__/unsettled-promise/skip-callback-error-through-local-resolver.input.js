// The error branch settles through a function the executor declares: it closes over resolve.
export const isLink = (fs, file) =>
  new Promise((resolve) => {
    const resolveError = (err) => resolve(err.code !== "ENOENT");
    fs.lstat(file, (err, stats) => {
      if (err) return resolveError(err);
      resolve(stats.isSymbolicLink());
    });
  });
