'use strict';
// Preloaded into every Node process of a benchmark run (`NODE_OPTIONS=--require ...`), so it
// also reaches worker processes a tool forks (jscodeshift does). On exit it appends this
// process's peak resident set size and CPU time to the file named by UNLEAK_BENCH_RSS_FILE;
// worker threads share their process's figures.
const fs = require('node:fs');

const target = process.env.UNLEAK_BENCH_RSS_FILE;
if (target) {
  let isMainThread = true;
  try {
    isMainThread = require('node:worker_threads').isMainThread;
  } catch {
    // very old Node: no threads
  }
  if (isMainThread) {
    process.on('exit', () => {
      const usage = process.resourceUsage();
      const line = JSON.stringify({
        pid: process.pid,
        ppid: process.ppid,
        maxRssKb: usage.maxRSS,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      });
      try {
        fs.appendFileSync(target, line + '\n');
      } catch {
        // measuring must never break the measured run
      }
    });
  }
}
