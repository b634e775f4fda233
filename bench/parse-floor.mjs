#!/usr/bin/env node
/**
 * The floor under a dry run: a fresh Node process that reads the corpus, keeps the files some
 * rule's prefilter admits (the ones a dry run parses), and parses each with unleak's own
 * `parseSource` (babel, the parser jscodeshift and every rule's AST are built on) — no rule, no
 * walk, no report. `npm run bench` times this process from outside, like the unleak rows, so its
 * wall time is a lower bound for a dry run of this build: start-up, reading and parsing, with a
 * cold JIT, as the CLI has it.
 *
 *   node bench/parse-floor.mjs <unleak root> <files dir>
 *
 * Prints one JSON line: files read and parsed, bytes parsed, and the in-process milliseconds of
 * each step (the parse of the same files a second time, with a warm JIT, beside it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { listCorpus } from './corpus.mjs';

const [root, filesDir] = process.argv.slice(2);
if (!root || !filesDir) {
  process.stderr.write('usage: node bench/parse-floor.mjs <unleak root> <files dir>\n');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const dist = (file) => require(path.join(root, 'dist', file));
const MAX_FILE_SIZE = 1024 * 1024;

let started = performance.now();
const { rules } = dist('transforms/index.js');
const { selectRulesForText } = dist('src/engine/lint-source.js');
const { getLanguage } = dist('src/core/language.js');
const { parseSource } = dist('src/engine/parse.js');
const configured = rules.map((rule) => ({ rule, options: {} }));
const loadMs = performance.now() - started;

started = performance.now();
const admitted = [];
let read = 0;
for (const relative of listCorpus(filesDir)) {
  const absolute = path.join(filesDir, relative);
  const raw = fs.readFileSync(absolute, 'utf8');
  read++;
  if (Buffer.byteLength(raw) > MAX_FILE_SIZE) continue;
  const info = getLanguage(absolute);
  if (!info) continue;
  if (selectRulesForText(raw, configured).length > 0 || raw.includes('unleak-ignore')) admitted.push({ text: raw.replace(/^\uFEFF/, ''), info });
}
const readAndPrefilterMs = performance.now() - started;

function parseAll() {
  const start = performance.now();
  let errors = 0;
  for (const { text, info } of admitted) {
    try {
      parseSource(text, info);
    } catch {
      errors++;
    }
  }
  return { ms: performance.now() - start, errors };
}
const cold = parseAll();
const warm = parseAll();
process.stdout.write(
  JSON.stringify({
    read,
    parsed: admitted.length,
    bytes: admitted.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0),
    parseErrors: cold.errors,
    loadMs,
    readAndPrefilterMs,
    parseMs: cold.ms,
    parseAgainMs: warm.ms,
  }) + '\n',
);
