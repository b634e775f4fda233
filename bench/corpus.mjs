/**
 * The benchmark corpus (`/work/shared/bench-corpus.md`): exact npm package versions, installed
 * once into `bench/.corpus/`, and the listed source folders copied out of `node_modules/` into
 * a plain folder (unleak, like every such tool, skips `node_modules`).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const PACKAGES = {
  rxjs: '7.8.2',
  zod: '4.6.7',
  'puppeteer-core': '24.43.1',
  mobx: '7.1.3',
  '@tanstack/query-core': '5.108.4',
  three: '0.187.0',
  webpack: '5.113.0',
  undici: '7.30.2',
  axios: '1.21.1',
  ws: '8.23.0',
  '@mui/material': '9.5.0',
  '@tanstack/react-query': '5.108.4',
  'react-redux': '9.3.1',
  '@reduxjs/toolkit': '2.15.0',
};

/** Folders of `node_modules/` that make up the corpus. */
export const FOLDERS = [
  'rxjs/src',
  'zod/src',
  'puppeteer-core/src',
  'mobx/src',
  '@tanstack/query-core/src',
  'three/src',
  'webpack/lib',
  'undici/lib',
  'axios/lib',
  'ws/lib',
  '@mui/material',
  '@tanstack/react-query/src',
  'react-redux/src',
  '@reduxjs/toolkit/src',
];

export const REFERENCE = { files: 4092, megabytes: 29 };

export const EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx'];

const isCorpusFile = (name) =>
  EXTENSIONS.includes(path.extname(name)) && !/\.d\.[cm]?tsx?$/.test(name) && !/\.min\.[cm]?js$/.test(name);

function installedVersion(modulesDir, name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(modulesDir, name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/** Installs the exact versions unless every one is already there. Returns true when it installed. */
export function installCorpus(corpusDir, log) {
  const modulesDir = path.join(corpusDir, 'node_modules');
  const wrong = Object.entries(PACKAGES).filter(([name, version]) => installedVersion(modulesDir, name) !== version);
  if (wrong.length === 0) return false;
  fs.mkdirSync(corpusDir, { recursive: true });
  fs.writeFileSync(
    path.join(corpusDir, 'package.json'),
    JSON.stringify({ name: 'unleak-bench-corpus', private: true, dependencies: PACKAGES }, null, 2) + '\n',
  );
  log(`installing the corpus (${wrong.map(([n, v]) => `${n}@${v}`).join(' ')}) into ${corpusDir} ...`);
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: corpusDir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const still = Object.entries(PACKAGES).filter(([name, version]) => installedVersion(modulesDir, name) !== version);
  if (still.length > 0) throw new Error(`corpus install incomplete: ${still.map(([n, v]) => `${n}@${v}`).join(', ')}`);
  return true;
}

/** Corpus files under one folder: never below a nested node_modules. */
function listFiles(dir, relative = '') {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, child));
    else if (entry.isFile() && isCorpusFile(entry.name)) out.push(child);
  }
  return out;
}

/**
 * Copies the corpus files into `filesDir` (fresh each time the marker does not match) and
 * returns `{ files, bytes }`.
 */
export function materializeCorpus(corpusDir, filesDir) {
  const modulesDir = path.join(corpusDir, 'node_modules');
  const marker = path.join(filesDir, '.corpus.json');
  const wanted = JSON.stringify(PACKAGES);
  try {
    const existing = JSON.parse(fs.readFileSync(marker, 'utf8'));
    if (JSON.stringify(existing.packages) === wanted) return { files: existing.files, bytes: existing.bytes, copied: false };
  } catch {
    // no marker: copy
  }
  fs.rmSync(filesDir, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  for (const folder of FOLDERS) {
    const from = path.join(modulesDir, folder);
    for (const relative of listFiles(from)) {
      const target = path.join(filesDir, folder, relative);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(path.join(from, relative), target);
      files++;
      bytes += fs.statSync(target).size;
    }
  }
  fs.writeFileSync(marker, JSON.stringify({ packages: PACKAGES, files, bytes }, null, 2) + '\n');
  return { files, bytes, copied: true };
}

/** Relative paths of every corpus file under `filesDir` (sorted). */
export function listCorpus(filesDir) {
  return listFiles(filesDir).sort();
}

/** A fresh copy of the corpus for a `--write` run. */
export function copyCorpus(filesDir, scratchDir) {
  fs.rmSync(scratchDir, { recursive: true, force: true });
  fs.cpSync(filesDir, scratchDir, { recursive: true });
}
