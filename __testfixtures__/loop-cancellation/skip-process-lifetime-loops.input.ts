import { setTimeout as sleep } from 'node:timers/promises';

async function main() {
  while (true) {
    console.log('tick');
    await sleep(1000);
  }
}

main();

function report() {
  console.log('report');
  setTimeout(report, 60_000);
}
report();

for (;;) {
  await sleep(1000);
}
