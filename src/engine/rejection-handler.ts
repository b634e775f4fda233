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
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from '@babel/types';
import { getLanguage } from '../core/language';
import { walk } from '../core/traverse';
import { parseSource } from './parse';

/** Where a package registers its handler: the file, relative to the package folder (`/`-separated), and the line. */
export interface RejectionHandlerSite {
  file: string;
  line: number;
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

/** The first site in the package folder `packageDir`, or `null` (walked in name order: stable). */
export function findRejectionHandler(packageDir: string, trace?: HandlerWalkTrace): RejectionHandlerSite | null {
  let seen = 0;
  const visit = (dir: string): RejectionHandlerSite | null => {
    const listing = listHandlerFolder(dir);
    trace?.folders.push([dir, listing]);
    for (const [kind, name] of listing ?? []) {
      if (seen >= MAX_FILES) return null;
      if (kind === 'd') {
        const found = visit(path.join(dir, name));
        if (found) return found;
      } else if (kind === 'f') {
        seen += 1;
        const file = path.join(dir, name);
        const line = readHandlerLine(file, getLanguage(name) ?? 'page', trace);
        if (line !== null) return { file: path.relative(packageDir, file).split(path.sep).join('/'), line };
      }
    }
    return null;
  };
  return visit(packageDir);
}

const folderKey = (listing: ReturnType<typeof listHandlerFolder>): string => (listing === null ? '\0' : listing.map(([kind, name]) => kind + name).join('/'));

/**
 * A digest of everything a walk of `packageDir` may look at: every folder it can reach, as
 * listed, and the bytes of every source file in them (`hashOf`: a file's sha1, `null` when it
 * is larger than the walk reads or unreadable). While it is the same, `findRejectionHandler`
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

/** The line of the first registration in the file whose handler does more than log, or `null`. */
function readHandlerLine(file: string, info: NonNullable<ReturnType<typeof getLanguage>> | 'page', trace: HandlerWalkTrace | undefined): number | null {
  let text: string;
  try {
    if (fs.statSync(file).size > MAX_FILE_SIZE) return null;
    const bytes = fs.readFileSync(file);
    trace?.read.set(file, createHash('sha1').update(bytes).digest('hex'));
    text = bytes.toString('utf8');
  } catch {
    return null;
  }
  if (!MENTION.test(text)) return null;
  const match = REGISTRATION.exec(text);
  if (!match) return null;
  const textLine = text.slice(0, match.index).split('\n').length;
  if (info === 'page') return findPageRegistration(text);
  // Case: a `.vue` or `.svelte` component: its script is not parsed here; the registration counts
  if (info.container) return textLine;
  return findPolicyRegistration(text.replace(/^\uFEFF/, ''), info) ?? null;
}

/**
 * Parses the file and returns the line of the first registration whose handler is not a
 * logging-only function; the text line of the registration when the file does not parse.
 */
export function findPolicyRegistration(text: string, info: NonNullable<ReturnType<typeof getLanguage>>): number | null {
  let ast;
  try {
    ast = parseSource(text, info);
  } catch {
    const match = REGISTRATION.exec(text);
    return match ? text.slice(0, match.index).split('\n').length : null;
  }
  const functions = new Map<string, Node>();
  const registrations: { handler: Node | undefined; line: number }[] = [];
  walk(ast.program, ({ node }) => {
    if (node.type === 'FunctionDeclaration' && node.id) functions.set(node.id.name, node);
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init && isFunction(node.init)) functions.set(node.id.name, node.init);
    const line = node.loc?.start.line ?? 1;
    if (node.type === 'CallExpression' && (node.callee.type === 'MemberExpression' || node.callee.type === 'OptionalMemberExpression')) {
      const method = node.callee.property.type === 'Identifier' ? node.callee.property.name : null;
      const event = node.arguments[0]?.type === 'StringLiteral' ? node.arguments[0].value : null;
      if ((method === 'addEventListener' && event === 'unhandledrejection') || (['on', 'once', 'addListener', 'prependListener'].includes(method ?? '') && event === 'unhandledRejection')) {
        registrations.push({ handler: node.arguments[1] as Node | undefined, line });
      }
    }
    if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && node.left.property.type === 'Identifier' && node.left.property.name === 'onunhandledrejection') {
      registrations.push({ handler: node.right, line });
    }
  });
  for (const { handler, line } of registrations) {
    const fn = handler?.type === 'Identifier' ? functions.get(handler.name) : handler;
    if (!fn || !isLoggingOnly(fn)) return line;
  }
  return null;
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
