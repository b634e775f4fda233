/**
 * In-process figures that the whole-process runs cannot show:
 * - how many corpus files each rule's prefilter lets through (they decide what gets parsed);
 * - the cost of parsing and walking EVERY file, single-threaded, which is where the engine is
 *   headed as more rules with broader prefilters are added.
 * Uses the compiled engine in dist/, exactly as the CLI does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function loadEngine(root) {
  const dist = (p) => require(path.join(root, 'dist', p));
  return {
    registry: dist('transforms/index.js'),
    lint: dist('src/engine/lint-source.js'),
    language: dist('src/core/language.js'),
    parse: dist('src/engine/parse.js'),
    traverse: dist('src/core/traverse.js'),
    sourceText: dist('src/core/source-text.js'),
  };
}

/** Per-rule prefilter hits and the number of files the engine would parse. */
export function profilePrefilters(root, filesDir, relativePaths, maxFileSize) {
  const engine = loadEngine(root);
  const rules = engine.registry.rules.map((rule) => ({ rule, options: {} }));
  const perRule = Object.fromEntries(rules.map(({ rule }) => [rule.meta.id, 0]));
  let parsed = 0;
  let tooLarge = 0;
  const started = performance.now();
  for (const relative of relativePaths) {
    const raw = fs.readFileSync(path.join(filesDir, relative), 'utf8');
    if (Buffer.byteLength(raw) > maxFileSize) {
      tooLarge++;
      continue;
    }
    const active = engine.lint.selectRulesForText(raw, rules);
    for (const { rule } of active) perRule[rule.meta.id]++;
    if (active.length > 0 || raw.includes('unleak-ignore')) parsed++;
  }
  return { files: relativePaths.length, parsed, tooLarge, perRule, ms: performance.now() - started };
}

/**
 * Reads, parses and walks every file (as if some rule's prefilter matched everything), with a
 * visitor on the node types rules typically watch. Milliseconds per phase, single thread.
 */
export function profileParseAll(root, filesDir, relativePaths, maxFileSize) {
  const engine = loadEngine(root);
  const timings = { read: 0, lineIndex: 0, parse: 0, walk: 0 };
  let files = 0;
  let nodes = 0;
  let parseErrors = 0;
  const visitors = [
    {
      CallExpression: () => {
        nodes++;
      },
      NewExpression: () => {
        nodes++;
      },
      'Program:exit': () => {},
    },
  ];
  for (const relative of relativePaths) {
    const absolute = path.join(filesDir, relative);
    let start = performance.now();
    const raw = fs.readFileSync(absolute, 'utf8');
    timings.read += performance.now() - start;
    if (Buffer.byteLength(raw) > maxFileSize) continue;
    const info = engine.language.getLanguage(absolute);
    if (!info) continue;
    start = performance.now();
    const source = new engine.sourceText.SourceText(raw);
    void source.lineStarts.length;
    timings.lineIndex += performance.now() - start;
    start = performance.now();
    let ast;
    try {
      ast = engine.parse.parseSource(source.text, info);
    } catch {
      parseErrors++;
      timings.parse += performance.now() - start;
      continue;
    }
    timings.parse += performance.now() - start;
    start = performance.now();
    engine.traverse.traverse(ast, visitors);
    timings.walk += performance.now() - start;
    files++;
  }
  return { files, parseErrors, callAndNewExpressions: nodes, timings };
}
