/**
 * Node's built-in modules: a file that imports or requires one runs in Node (or a runtime that
 * emulates it), never as plain browser code. Fix builders ask it (may a fix import from
 * `node:events`?), and so does the engine (which runtime target a file has: file-settings.ts).
 */
const NODE_BUILTINS = [
  'assert', 'async_hooks', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https',
  'inspector', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'repl', 'stream', 'stream/promises', 'timers', 'timers/promises',
  'tls', 'tty', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];
const BUILTIN_SET = new Set(NODE_BUILTINS);

export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTIN_SET.has(specifier);
}

const SPECIFIER = `['"](?:node:[\\w/]+|${NODE_BUILTINS.map((name) => name.replace('/', '\\/')).join('|')})['"]`;
/**
 * `from 'node:fs'`, `import 'http'`, `require('https')`, `import('child_process')` — not a
 * member call such as `window.require('fs')`: an Electron renderer reaches Node that way from
 * page code (bundled for the page, where its window's `unhandledrejection` handler sees its
 * rejections and a static `import … from 'node:events'` would not load).
 */
const IMPORTS_BUILTIN = new RegExp(`\\b(?:from|import)\\s*${SPECIFIER}|(?<!\\.\\s*)\\b(?:require|import)\\s*\\(\\s*${SPECIFIER}\\s*\\)`);

/** `#!/usr/bin/env node`, `#!/usr/bin/node`, `#!/usr/bin/env -S node --flags`. */
const NODE_SHEBANG = /^(?:\uFEFF)?#![^\n]*\bnode\b/;

/**
 * Whether a file's text says it runs in Node: it imports or requires a Node built-in, or starts
 * with a `node` shebang. Read from the text before any parse (the engine picks the file's
 * settings first): `from 'fs'` inside a comment would count too.
 */
export function textRunsInNode(text: string): boolean {
  return NODE_SHEBANG.test(text) || IMPORTS_BUILTIN.test(text);
}
