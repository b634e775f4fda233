/**
 * Where a file's code runs, as the file itself tells: in a Node process, or in a browser page.
 *
 * - Node: it imports or requires a Node built-in, or starts with a `node` shebang (the engine's
 *   own test for a file's runtime target, node-builtins.ts `textRunsInNode`).
 * - browser: UI code — a `.vue`/`.svelte` component, a `.jsx`/`.tsx` file, a `'use client'`
 *   module, a module that imports a UI framework (`react`, `vue`, `svelte`, `@angular/core`, …),
 *   or one that uses a DOM or worker global (`window.…`, `self.…`, `document.…`, `localStorage.…`) not declared in
 *   the file and not guarded by `typeof window` (code written to run on both sides).
 * - `null`: the file says neither (a store, a helper): it may run in either.
 *
 * Node wins when a file shows both (an Electron main-process file that imports `node:path`).
 * A process-wide handler (`process.on('unhandledRejection')`, `window.addEventListener(
 * 'unhandledrejection')`) covers only code of its own environment (error-channel.ts).
 */
import type { File, Node } from '@babel/types';
import type { CodeEnvironment } from '../../core/rule';
import { walk } from '../../core/traverse';
import { textRunsInNode } from './node-builtins';
import { isGlobalReference } from './scope';

/** UI frameworks: a module that imports one renders or drives a UI. */
const UI_FRAMEWORK = /^(?:react|react-dom(?:\/.*)?|preact(?:\/.*)?|vue|svelte(?:\/.*)?|solid-js(?:\/.*)?|@angular\/core|lit)$/;
const JSX_FILE = /\.[cm]?[jt]sx$/;
const DOM_GLOBAL = /\b(?:window|self|document|localStorage|sessionStorage|navigator)\s*\./;
const DOM_GLOBALS = new Set(['window', 'self', 'document', 'localStorage', 'sessionStorage', 'navigator']);
/** `typeof window`, `typeof document`: code that checks where it runs. */
const RUNTIME_CHECK = /\btypeof\s+(?:window|self|document|navigator)\b/;

const cache = new WeakMap<File, CodeEnvironment | null>();

export function fileCodeEnvironment(file: { filename: string; ast: File; source: { text: string }; sfc: unknown }): CodeEnvironment | null {
  let answer = cache.get(file.ast);
  if (answer === undefined) cache.set(file.ast, (answer = readEnvironment(file)));
  return answer;
}

function readEnvironment({ filename, ast, source, sfc }: { filename: string; ast: File; source: { text: string }; sfc: unknown }): CodeEnvironment | null {
  const text = source.text;
  if (textRunsInNode(text)) return 'node';
  if (sfc || JSX_FILE.test(filename)) return 'browser';
  const program = ast.program;
  if (program.directives.some((directive) => directive.value.value === 'use client')) return 'browser';
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration' && statement.importKind !== 'type' && UI_FRAMEWORK.test(statement.source.value)) return 'browser';
  }
  return usesDomGlobal(ast, text) ? 'browser' : null;
}

/** A DOM or worker global read as an object (`window.…`, `self.…`) that the file does not declare, in code that does not check where it runs. */
function usesDomGlobal(ast: File, text: string, globals: ReadonlySet<string> = DOM_GLOBALS): boolean {
  if (!DOM_GLOBAL.test(text) || RUNTIME_CHECK.test(text)) return false;
  let found = false;
  walk(ast.program, (path) => {
    if (found) return;
    const node: Node = path.node;
    if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.object.type === 'Identifier' && globals.has(node.object.name)) {
      const object = path.child(node.object, 'object');
      if (isGlobalReference(object, node.object.name)) found = true;
    }
  });
  return found;
}

/**
 * Signs of a program that runs outside a page (read from the text: a false sign only keeps a
 * suggestion): any `process.…` but `process.env` (bundlers replace that one in page code),
 * `require(…)` (not `window.require(…)`, by which an Electron renderer's page code reaches
 * Node), `__dirname` / `__filename`, Deno's and Bun's globals, and a browser-automation
 * library — a puppeteer or Playwright script reads `document` inside `page.evaluate(…)`, which
 * runs in the page it drives, not in the script.
 */
const NODE_SIGNS = [
  /\bprocess\s*\.\s*(?!env\b)[A-Za-z_$]/,
  /(?<!\.\s*)\brequire\s*\(/,
  /\b__(?:dirname|filename)\b/,
  /\b(?:Deno|Bun)\s*\./,
  /['"](?:puppeteer(?:-core)?|playwright(?:-core)?|@playwright\/test|selenium-webdriver|webdriverio)['"/]/,
];

/** Page globals as a sign of page code: not `navigator`, which Node (21+) has too. */
const PAGE_GLOBALS = new Set(['window', 'self', 'document', 'localStorage', 'sessionStorage']);

const pageCache = new WeakMap<File, boolean>();

/**
 * The file shows it runs in a page or a worker, not just that it renders UI: a component
 * (`.vue`/`.svelte`), a `'use client'` module, or a DOM or worker global it uses — and nothing a
 * Node process alone has (a Node built-in, a `node` shebang, `process.argv`, `require(…)`, a
 * puppeteer script…: NODE_SIGNS).
 * A `.jsx`/`.tsx` file or a UI framework import alone is no such sign: an Ink CLI and a
 * server-side render script are both (fileCodeEnvironment still calls them browser code).
 */
export function fileRunsInPage(file: { filename: string; ast: File; source: { text: string }; sfc: unknown }): boolean {
  let answer = pageCache.get(file.ast);
  if (answer === undefined) pageCache.set(file.ast, (answer = readRunsInPage(file)));
  return answer;
}

function readRunsInPage({ ast, source, sfc }: { ast: File; source: { text: string }; sfc: unknown }): boolean {
  const text = source.text;
  if (textRunsInNode(text) || NODE_SIGNS.some((sign) => sign.test(text))) return false;
  if (sfc) return true;
  if (ast.program.directives.some((directive) => directive.value.value === 'use client')) return true;
  return usesDomGlobal(ast, text, PAGE_GLOBALS);
}
