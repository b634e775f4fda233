const { rm } = require('node:fs/promises');

async function main() {
  await rm('dist', { recursive: true, force: true });
}

if (!process.env.DRY_RUN) {
  main();
}
