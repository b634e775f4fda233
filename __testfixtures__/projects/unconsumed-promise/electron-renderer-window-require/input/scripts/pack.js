const fs = require('fs');

async function packFile(file) {
  await fs.promises.copyFile(file, `${file}.bak`);
}

function onFileBuilt(file) {
  packFile(file);
}

module.exports = { onFileBuilt };
