const fs = require('fs');

async function packFile(file) {
  await fs.promises.copyFile(file, `${file}.bak`);
}

function onFileBuilt(file) {
  void packFile(file).catch((error) => console.error(error));
}

module.exports = { onFileBuilt };
