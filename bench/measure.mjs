/**
 * Runs one command as a child process and measures what the user would see: whole-process
 * wall time and peak resident memory of the process and of every Node process it starts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rss-probe.cjs');

/**
 * @returns {{ wallMs, cpuMs, status, stdout, stderr, rss: { parentMb, maxMb, sumMb, processes } }}
 * `parentMb` is the command's own process; `sumMb` adds up the peaks of every Node process it
 * started (an upper bound of what was resident at one time), `maxMb` the largest one.
 */
export function measure(command, args, { cwd, env = {} } = {}) {
  const rssFile = path.join(os.tmpdir(), `unleak-bench-rss-${process.pid}-${Date.now()}.jsonl`);
  const nodeOptions = [process.env.NODE_OPTIONS, `--require ${JSON.stringify(PROBE)}`].filter(Boolean).join(' ');
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env, NODE_OPTIONS: nodeOptions, UNLEAK_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  if (result.error) throw result.error;
  let lines = [];
  try {
    lines = fs.readFileSync(rssFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
    fs.rmSync(rssFile, { force: true });
  } catch {
    // the probe did not run (not a Node process)
  }
  const toMb = (kb) => kb / 1024;
  const byPid = new Map();
  const cpuByPid = new Map();
  for (const line of lines) {
    byPid.set(line.pid, Math.max(byPid.get(line.pid) ?? 0, line.maxRssKb));
    cpuByPid.set(line.pid, Math.max(cpuByPid.get(line.pid) ?? 0, line.cpuMs));
  }
  const pids = new Set(byPid.keys());
  // The command's own process is the one whose parent did not report (it is this process or npx's shell).
  const root = lines.find((line) => !pids.has(line.ppid));
  const peaks = [...byPid.values()];
  return {
    wallMs,
    /** User + system CPU time of every Node process of the run (worker threads included). */
    cpuMs: cpuByPid.size ? [...cpuByPid.values()].reduce((a, b) => a + b, 0) : null,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    rss: {
      parentMb: root ? toMb(byPid.get(root.pid)) : null,
      maxMb: peaks.length ? toMb(Math.max(...peaks)) : null,
      sumMb: peaks.length ? toMb(peaks.reduce((a, b) => a + b, 0)) : null,
      processes: peaks.length,
    },
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
