/**
 * The synthetic monorepo of issue 13's memory row: `count` files made of copies of the corpus
 * under varied package paths (`packages/api-3/…`, `apps/web-7/src/…`), a git repository of its
 * own (unleak lists a work tree with `git ls-files`, as in a real monorepo). Generated once into
 * a git-ignored folder and reused while its marker matches; never committed. Its root has a
 * package.json, as a monorepo's has: without one the folder belonged to the corpus package
 * (bench/.corpus/package.json), whose walk for an unhandled-rejection handler
 * (src/engine/rejection-handler.ts) then met 50,000 more files, passed its limit, and could not
 * be cached — every `--cache` run of the corpus walked it again (0.8 s instead of 0.3 s).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const NAMES = ['api', 'web', 'core', 'ui', 'shared', 'admin', 'worker', 'cli', 'sdk', 'docs', 'mobile', 'infra', 'billing'];

/** The folder copy `k` of the corpus goes to: varied depth and names, unique per k. */
export function copyPrefix(k) {
  const name = `${NAMES[k % NAMES.length]}-${k}`;
  return k % 3 === 1 ? `apps/${name}/src` : `packages/${name}`;
}

/**
 * `count` entries `{ from, to }`: the corpus files (`from`, relative paths) in order, copy after
 * copy, each copy under its own prefix, until `count` files. Pure; every `to` is unique when the
 * `from` paths are.
 */
export function planMonorepo(files, count) {
  if (files.length === 0) throw new Error('planMonorepo: no corpus files to copy');
  if (!Number.isInteger(count) || count < 1) throw new Error(`planMonorepo: count must be a positive integer, got ${count}`);
  const plan = [];
  for (let k = 0; plan.length < count; k++) {
    const prefix = copyPrefix(k);
    for (const from of files) {
      if (plan.length === count) break;
      plan.push({ from, to: `${prefix}/${from}` });
    }
  }
  return plan;
}

/**
 * Writes the monorepo into `outDir` unless a previous run left one for the same corpus and
 * count (marker `.synthetic.json`). Returns `{ files, bytes, generated }`.
 */
export function materializeMonorepo(filesDir, outDir, files, count, { git = true } = {}) {
  const marker = path.join(outDir, '.synthetic.json');
  const corpus = { files: files.length, first: files[0], last: files.at(-1) };
  try {
    const existing = JSON.parse(fs.readFileSync(marker, 'utf8'));
    const gitOk = !git || fs.existsSync(path.join(outDir, '.git'));
    const rooted = fs.existsSync(path.join(outDir, 'package.json'));
    if (existing.count === count && JSON.stringify(existing.corpus) === JSON.stringify(corpus) && gitOk && rooted) {
      return { files: existing.count, bytes: existing.bytes, generated: false };
    }
  } catch {
    // no marker or unreadable: generate
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  let bytes = 0;
  const made = new Set();
  for (const { from, to } of planMonorepo(files, count)) {
    const target = path.join(outDir, to);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.copyFileSync(path.join(filesDir, from), target);
    bytes += fs.statSync(target).size;
  }
  fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify({ name: 'synthetic-monorepo', private: true }, null, 2) + '\n');
  if (git) {
    const run = (...args) => execFileSync('git', ['-C', outDir, ...args], { stdio: 'ignore' });
    run('init', '-q');
    run('add', '-A');
    run('-c', 'user.name=unleak-bench', '-c', 'user.email=bench@invalid', 'commit', '-q', '-m', 'synthetic monorepo');
  }
  // The marker is written last and is not committed: it says the folder is complete.
  fs.writeFileSync(marker, JSON.stringify({ count, bytes, corpus }, null, 2) + '\n');
  return { files: count, bytes, generated: true };
}
