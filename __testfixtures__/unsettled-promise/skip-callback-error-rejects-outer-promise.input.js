// The error branch ends the outer promise with its reject; adding a reject to the inner executor
// would shadow it and move the error elsewhere: left alone.
export function writePack(fs, filename) {
  return new Promise((resolve, reject) => {
    fs.writeFile(`${filename}_`, "", async (writeError) => {
      if (writeError) return reject(writeError);
      await new Promise((done) => {
        fs.rename(`${filename}_`, filename, (err) => {
          if (err) return reject(err);
          done();
        });
      });
      resolve(true);
    });
  });
}
