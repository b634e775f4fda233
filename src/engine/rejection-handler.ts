/**
 * Does a package install its own handler for unhandled promise rejections — a policy such as
 * "show the error page" (`window.addEventListener('unhandledrejection', …)`,
 * `window.onunhandledrejection = …`, `process.on('unhandledRejection', …)`)? Then a rejection
 * nobody handles does not vanish in that package: the handler sees it. unconsumed-promise's
 * default `.catch((error) => console.error(error))` would take it away from that handler, so it
 * is offered as a suggestion there (ProjectQueries.getRejectionHandler).
 *
 * A handler that only writes to the console (`process.on('unhandledRejection', (reason) =>
 * console.error(reason))`) is no policy the default fix would bypass: that is what the fix does
 * too. A project logger is one (tabby's main process appends every unhandled rejection to
 * `main-process-errors.log` through `logMainError`).
 *
 * The package's files are found by walking its folder (below the nearest package.json), not
 * the run's file list: the answer must not depend on which files a run was given, and is
 * asked only when the rule is about to make that fix (once per package and process).
 *
 * A page's inline scripts count too: HTML files and server templates of the package (gitea's
 * templates/base/head_script.tmpl registers `window.addEventListener('unhandledrejection', …)`
 * in the page head, before any bundle loads, and its bundle shows each queued rejection as an
 * error message on the page). Their `<script>` bodies are read as the scripts they are; one that
 * does not parse (template syntax inside) counts by its text.
 *
 * A handler covers one environment: `process.on('unhandledRejection', …)` the Node process that
 * registers it, `window.addEventListener('unhandledrejection', …)` (and `onunhandledrejection`,
 * and a page's scripts) the page. A Node launcher's handler says nothing about the package's
 * browser code (LobeChat's dev start-up script beside its React app), nor a page's about its
 * Node scripts: the walk finds the first handler of each environment, and a file is given the
 * one of its own environment (src/analysis/syntax/code-environment.ts; project-modules.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from '@babel/types';
import type { CodeEnvironment } from '../core/rule';
import { getLanguage } from '../core/language';
import { walk } from '../core/traverse';
import { parseSource } from './parse';

/** Where a package registers its handler: the file, relative to the package folder (`/`-separated), the line, and the environment it covers. */
export interface RejectionHandlerSite {
  file: string;
  line: number;
  environment: CodeEnvironment;
}

/** A registration in a file: its line and the environment its handler covers. */
export interface HandlerRegistration {
  line: number;
  environment: CodeEnvironment;
}

/** Folders never walked: dependencies, build output, caches, version control, tests. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', 'vendor', 'third_party', '__tests__', '__mocks__', 'e2e', '__e2e__', 'test', 'tests']);
/** A package larger than this is not walked to its end (a monorepo root over everything). */
const MAX_FILES = 20_000;
/** As project-modules.ts' MAX_MODULE_SIZE: `--cache` hashes the files read as it hashes modules. */
const MAX_FILE_SIZE = 1_000_000;
const MENTION = /unhandled_?rejection/i;
/** The registrations, as text: found first, then parsed to read the handler. */
const REGISTRATION = /addEventListener\(\s*(['"`])unhandledrejection\1|\.(?:on|once|addListener|prependListener)\(\s*(['"`])unhandledRejection\2|\bonunhandledrejection\s*=/;

/**
 * Pages and server templates whose inline `<script>`s may register the handler: HTML and the
 * template languages that write HTML (Go's html/template, EJS, Handlebars, Nunjucks, Twig, ERB,
 * PHP, Razor, Jinja, Liquid).
 */
const PAGE_FILE = /\.(?:html?|xhtml|tmpl|tpl|gohtml|ejs|hbs|handlebars|mustache|njk|twig|erb|php|cshtml|jinja2?|j2|liquid)$/i;
/** An inline script's body: what follows the opening tag up to the closing one. */
const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * A folder as the walk sees it, in name order: `d` a folder it walks into, `p` a folder it skips
 * because it holds its own package.json, `f` a source file or a page (HTML or a server template)
 * it may read (symbolic links, dot folders, skipped folders, test files and other files are left
 * out); `null` when the folder
 * cannot be listed.
 */
export function listHandlerFolder(dir: string): [kind: 'd' | 'p' | 'f', name: string][] | null {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return null;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const seen: [kind: 'd' | 'p' | 'f', name: string][] = [];
  for (const entry of entries) {
    // Symbolic links are not followed (they may point out of the project).
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
      // Case: a nested package has its own answer
      seen.push([fs.existsSync(path.join(dir, entry.name, 'package.json')) ? 'p' : 'd', entry.name]);
    } else if (entry.isFile() && (getLanguage(entry.name) || PAGE_FILE.test(entry.name)) && !/\.(?:test|spec)\.[cm]?[jt]sx?$/.test(entry.name)) {
      seen.push(['f', entry.name]);
    }
  }
  return seen;
}

/**
 * What one walk looked at, for `--cache` (run-cache.ts keeps the answer while all of it is the
 * same): every folder listed, as `listHandlerFolder` gave it, and the bytes of each file read
 * (their sha1; `null`: too large or unreadable, not read).
 */
export interface HandlerWalkTrace {
  folders: [dir: string, listing: [kind: 'd' | 'p' | 'f', name: string][] | null][];
  read: Map<string, string | null>;
}

/**
 * The first site of each environment in the package folder `packageDir`, in walk order (name
 * order: stable); empty when there is none. The walk ends when both environments have one.
 */
export function findRejectionHandlers(packageDir: string, trace?: HandlerWalkTrace): RejectionHandlerSite[] {
  let seen = 0;
  const sites: RejectionHandlerSite[] = [];
  const done = (): boolean => sites.length === 2;
  const visit = (dir: string): void => {
    const listing = listHandlerFolder(dir);
    trace?.folders.push([dir, listing]);
    for (const [kind, name] of listing ?? []) {
      if (seen >= MAX_FILES || done()) return;
      if (kind === 'd') {
        visit(path.join(dir, name));
      } else if (kind === 'f') {
        seen += 1;
        const file = path.join(dir, name);
        for (const { line, environment } of readHandlerRegistrations(file, getLanguage(name) ?? 'page', trace)) {
          if (!sites.some((site) => site.environment === environment)) sites.push({ file: path.relative(packageDir, file).split(path.sep).join('/'), line, environment });
        }
      }
    }
  };
  visit(packageDir);
  return sites;
}

/**
 * The site that covers code of `environment` (`null`: not known, the file says neither): the
 * package's handler of that environment; for code of no known environment the first found.
 */
export function handlerFor(sites: readonly RejectionHandlerSite[], environment: CodeEnvironment | null): { file: string; line: number } | null {
  const site = environment === null ? sites[0] : sites.find((each) => each.environment === environment);
  return site ? { file: site.file, line: site.line } : null;
}

const folderKey = (listing: ReturnType<typeof listHandlerFolder>): string => (listing === null ? '\0' : listing.map(([kind, name]) => kind + name).join('/'));

/**
 * A digest of everything a walk of `packageDir` may look at: every folder it can reach, as
 * listed, and the bytes of every source file in them (`hashOf`: a file's sha1, `null` when it
 * is larger than the walk reads or unreadable). While it is the same, `findRejectionHandlers`
 * answers the same (run-cache.ts keeps the answer with it). `null` past the walk's file limit,
 * or when a folder `walked` lists (a walk's trace) now lists otherwise: the folders changed
 * between the walk and this digest, which then would not be the walk's.
 */
export function digestHandlerInputs(packageDir: string, hashOf: (file: string) => string | null, walked?: HandlerWalkTrace['folders']): string | null {
  const expected = walked ? new Map(walked.map(([dir, listing]) => [dir, folderKey(listing)])) : null;
  const parts: string[] = [];
  let files = 0;
  const visit = (dir: string): boolean => {
    const listing = listHandlerFolder(dir);
    const key = folderKey(listing);
    if (expected?.has(dir) && expected.get(dir) !== key) return false;
    parts.push(`${dir}\0${key}`);
    for (const [kind, name] of listing ?? []) {
      const child = path.join(dir, name);
      if (kind === 'd') {
        if (!visit(child)) return false;
      } else if (kind === 'f') {
        if (++files > MAX_FILES) return false;
        parts.push(hashOf(child) ?? '-');
      }
    }
    return true;
  };
  return visit(packageDir) ? createHash('sha1').update(parts.join('\n')).digest('hex') : null;
}

/** The first registration of each environment in the file whose handler does more than log. */
function readHandlerRegistrations(file: string, info: NonNullable<ReturnType<typeof getLanguage>> | 'page', trace: HandlerWalkTrace | undefined): HandlerRegistration[] {
  let text: string;
  try {
    // One read, no stat before it: a file over the limit is read and then dropped (rare; the
    // walk reads every source file of the package, so a syscall per file counts).
    const bytes = fs.readFileSync(file);
    if (bytes.length > MAX_FILE_SIZE) return [];
    trace?.read.set(file, createHash('sha1').update(bytes).digest('hex'));
    // Cheap before expensive: MENTION is ASCII only (and, without the `u` flag, `i` folds no
    // other character onto ASCII), and UTF-8 writes an ASCII character as that one byte, which no
    // other character's bytes contain: the bytes read as Latin-1 (one character a byte, no
    // decoding) hold a match whenever the UTF-8 text does. Most files mention no rejection.
    if (!MENTION.test(bytes.toString('latin1'))) return [];
    text = bytes.toString('utf8');
  } catch {
    return [];
  }
  if (!MENTION.test(text) || !REGISTRATION.test(text)) return [];
  if (info === 'page') {
    const line = findPageRegistration(text);
    return line === null ? [] : [{ line, environment: 'browser' }];
  }
  // Case: a `.vue` or `.svelte` component: its script is not parsed here; the registrations count
  if (info.container) return textRegistrations(text);
  return findPolicyRegistrations(text.replace(/^\uFEFF/, ''), info);
}

/** The environment a registration's handler covers: a page's event (`unhandledrejection`), or the Node process's (`unhandledRejection`). */
const environmentOf = (match: RegExpExecArray | RegExpMatchArray): CodeEnvironment => (match[2] !== undefined ? 'node' : 'browser');

/** The first registration of each environment, by the file's text (one that does not parse). */
function textRegistrations(text: string): HandlerRegistration[] {
  const found: HandlerRegistration[] = [];
  for (const match of text.matchAll(new RegExp(REGISTRATION.source, 'g'))) {
    const environment = environmentOf(match);
    if (!found.some((each) => each.environment === environment)) found.push({ line: text.slice(0, match.index).split('\n').length, environment });
  }
  return found;
}

/**
 * Parses the file and returns the line of the first registration whose handler is not a
 * logging-only function; the text line of the registration when the file does not parse.
 */
export function findPolicyRegistration(text: string, info: NonNullable<ReturnType<typeof getLanguage>>): number | null {
  return findPolicyRegistrations(text, info)[0]?.line ?? null;
}

/**
 * The first registration of each environment whose handler is not a logging-only function, in
 * line order; by the text when the file does not parse.
 */
export function findPolicyRegistrations(text: string, info: NonNullable<ReturnType<typeof getLanguage>>): HandlerRegistration[] {
  let ast;
  try {
    ast = parseSource(text, info);
  } catch {
    return textRegistrations(text);
  }
  const functions = new Map<string, Node>();
  const registrations: { handler: Node | undefined; line: number; environment: CodeEnvironment }[] = [];
  walk(ast.program, ({ node }) => {
    if (node.type === 'FunctionDeclaration' && node.id) functions.set(node.id.name, node);
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init && isFunction(node.init)) functions.set(node.id.name, node.init);
    const line = node.loc?.start.line ?? 1;
    if (node.type === 'CallExpression' && (node.callee.type === 'MemberExpression' || node.callee.type === 'OptionalMemberExpression')) {
      const method = node.callee.property.type === 'Identifier' ? node.callee.property.name : null;
      const event = node.arguments[0]?.type === 'StringLiteral' ? node.arguments[0].value : null;
      if (method === 'addEventListener' && event === 'unhandledrejection') registrations.push({ handler: node.arguments[1] as Node | undefined, line, environment: 'browser' });
      if (['on', 'once', 'addListener', 'prependListener'].includes(method ?? '') && event === 'unhandledRejection') registrations.push({ handler: node.arguments[1] as Node | undefined, line, environment: 'node' });
    }
    if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && node.left.property.type === 'Identifier' && node.left.property.name === 'onunhandledrejection') {
      registrations.push({ handler: node.right, line, environment: 'browser' });
    }
  });
  const found: HandlerRegistration[] = [];
  for (const { handler, line, environment } of registrations.sort((a, b) => a.line - b.line)) {
    const fn = handler?.type === 'Identifier' ? functions.get(handler.name) : handler;
    if ((!fn || !isLoggingOnly(fn)) && !found.some((each) => each.environment === environment)) found.push({ line, environment });
  }
  return found;
}

/**
 * The line of the first registration in a page's inline scripts whose handler does more than
 * log (gitea's head template queues every rejection for its bundle to show), or `null`. A
 * registration outside any `<script>` (an `onunhandledrejection="…"` attribute) counts as written.
 */
export function findPageRegistration(text: string): number | null {
  const lineAt = (offset: number): number => text.slice(0, offset).split('\n').length;
  const scripts: [start: number, end: number][] = [];
  for (const match of text.matchAll(INLINE_SCRIPT)) {
    const start = match.index + match[0].indexOf('>') + 1;
    scripts.push([start, start + match[1].length]);
    if (!REGISTRATION.test(match[1])) continue;
    const line = findPolicyRegistration(match[1], { language: 'js', sourceType: 'script' });
    if (line !== null) return lineAt(start) + line - 1;
  }
  for (const match of text.matchAll(new RegExp(REGISTRATION.source, 'g'))) {
    if (!scripts.some(([start, end]) => match.index >= start && match.index < end)) return lineAt(match.index);
  }
  return null;
}

function isFunction(node: Node): boolean {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration';
}

const LOG_METHODS = new Set(['log', 'error', 'warn', 'info', 'debug', 'trace']);

/** `(reason) => console.error(reason)`, `function (e) { console.warn('…', e); }`: console calls, nothing else. */
function isLoggingOnly(fn: Node): boolean {
  if (fn.type === 'MemberExpression') return isLogCallee(fn);
  if (!isFunction(fn)) return false;
  const body = (fn as { body: Node }).body;
  const statements = body.type === 'BlockStatement' ? body.body : [{ type: 'ExpressionStatement', expression: body } as Node];
  return statements.length > 0 && statements.every((statement) => statement.type === 'ExpressionStatement' && statement.expression.type === 'CallExpression' && isLogCallee(statement.expression.callee));
}

/** `console.error` and its siblings: what the default fix calls too. A project logger (`logger.error`, writing to its own file) is a policy the fix would bypass. */
function isLogCallee(callee: Node): boolean {
  return callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'console' && callee.property.type === 'Identifier' && LOG_METHODS.has(callee.property.name);
}
