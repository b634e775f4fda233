const { setTimeout: sleep } = require('node:timers/promises');

// Neither loop ends by itself. A throw when the feed reports no sequence guards against an error:
// it is no end of the pages (a change feed never runs out).
async function follow(client) {
  let seq = 0;
  while (true) {
    const res = await client.changes(seq);
    seq = res.lastSeq;
    if (seq === undefined) throw new Error('feed closed');
    handle(res.results);
    await sleep(1000);
  }
}

// A counter read only for a periodic check (`i % 60 === 0`) is no bound on the rounds.
async function poll(client) {
  let i = 0;
  while (true) {
    i++;
    await sleep(1000);
    if (i % 60 === 0) {
      if (await client.isDone()) return;
    }
  }
}
function handle(r) { console.log(r); }
module.exports = { follow, poll };
