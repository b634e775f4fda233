const fs = require('fs');
const webpack = require('webpack');

// The watch callback runs again at every rebuild: a first failed build waits for a good one.
function startDevBuild(config) {
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.watch({}, (err, stats) => {
      if (err) {
        console.log(err);
        return;
      }
      console.log(stats.toString());
      resolve();
    });
  });
}

// readFile calls back once: its error branch leaves the promise pending for ever.
function readConfig(file) {
  return new Promise((resolve, reject) => {
    fs.readFile(file, 'utf8', (err, text) => {
      if (err) {
        reject(err);
        console.log(err);
        return;
      }
      resolve(text);
    });
  });
}

module.exports = { startDevBuild, readConfig };
