/**
 * Makes a module export available in a file, idempotently: reuses an existing import of it,
 * adds a specifier to an existing import of the module, or adds a new import (ESM) or
 * `require` (CommonJS files) after the file's last import — written the way the file's imports
 * are (detectImportStyle: their quotes, the space inside their braces, their semicolons); an
 * existing import that grows keeps its own spacing and layout. Returns the local name to use and the edits (none when it is already
 * imported).
 *
 *   addImport(ctx, { module: './lib/abort', name: 'timeoutSignal' })
 *     -> import { timeoutSignal } from './lib/abort';        (ESM)
 *     -> const { timeoutSignal } = require('./lib/abort');  (CommonJS)
 *
 * Several fixes in one pass may each ask for the same import: their edits are identical
 * insertions at one point, which the engine applies once and retries the rest in the next
 * pass, where the import already exists.
 */
import type { ImportDeclaration, Node, ObjectPattern, Program, Statement, StringLiteral, VariableDeclaration } from '@babel/types';
import type { TextEdit } from '../../core/finding';
import { getLeadingComments } from '../../core/comments';
import type { SourceText } from '../../core/source-text';
import { forEachNode } from '../../core/traverse';
import type { CodeStyle } from '../../core/code-style';
import { addListEntry, type AddEntryOptions, type ListLayout } from './add-object-property';
import { findImportedNames, normalizeModuleName } from '../syntax/module-reference';
import { findLineEndAfter } from '../syntax/trivia';
import { getExtension } from '../../core/language';

export interface ImportRequest {
  /** Module specifier, written as given (`./lib/abort`, `node:timers/promises`). */
  module: string;
  /** The export (`timeoutSignal`), or `default`. */
  name: string;
  /** Preferred local name (defaults to `name`; required for `default`). */
  local?: string;
  /**
   * The export is a type (`OnDestroy`): added to an `import type { … }` of the module if there
   * is one, and written `type OnDestroy` in an import whose other types are marked that way
   * (`import { Component, type OnInit }`: the file's `verbatimModuleSyntax` habit).
   */
  type?: boolean;
}

export interface ImportContext {
  program: Program;
  source: SourceText;
  /** With the layout fields, a one-line `{ a, b }` that would grow past the print width is broken. */
  style: Pick<CodeStyle, 'quote' | 'semicolons'> & Partial<ListLayout>;
  /** The file's path: `.cjs` files get `require`, `.mjs` files `import`. */
  filename: string;
}

export interface AddedImport {
  /** The name to write in code. */
  local: string;
  edits: TextEdit[];
}

export function addImport(context: ImportContext, request: ImportRequest): AddedImport {
  const added = addImports(context, request.module, [request]);
  return { local: added.locals[0]!, edits: added.edits };
}

export interface AddedImports {
  /** The names to write in code, in the order asked for. */
  locals: string[];
  edits: TextEdit[];
}

/**
 * Several exports of one module with one edit (separate edits for one module would collide).
 * `default` cannot be mixed with named exports in one call.
 */
export function addImports(context: ImportContext, module: string, requests: readonly Omit<ImportRequest, 'module'>[]): AddedImports {
  const { program } = context;
  const locals: string[] = [];
  const missing: Specifier[] = [];
  const taken = new Set<string>();
  for (const request of requests) {
    const existing = findImportedNames(program, module, request.name);
    if (existing.length > 0) {
      locals.push(existing[0]!);
      continue;
    }
    const local = findFreeName(program, request.local ?? request.name, taken);
    taken.add(local);
    locals.push(local);
    missing.push({ name: request.name, local, ...(request.type ? { type: true } : {}) });
  }
  if (missing.length === 0) return { locals, edits: [] };
  if (missing.length > 1 && missing.some((specifier) => specifier.name === 'default')) throw new Error('addImports: default and named imports in one call');
  const edits = usesRequire(program, context.filename) ? addRequire(context, module, missing) : addEsmImport(context, module, missing);
  return { locals, edits };
}

interface Specifier {
  name: string;
  local: string;
  type?: boolean;
}

/** CommonJS when the file says so: `.cjs`, or `require` / `module.exports` without ESM syntax. */
function usesRequire(program: Program, filename: string): boolean {
  const extension = getExtension(filename);
  if (extension === '.cjs') return true;
  if (extension === '.mjs' || extension === '.mts') return false;
  let sawCommonJs = false;
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration' || statement.type.startsWith('Export')) return false;
    if (isRequireStatement(statement) || isModuleExportsAssignment(statement)) sawCommonJs = true;
  }
  return sawCommonJs;
}

/**
 * How the file writes its imports (or `require`s), which a new one copies so it looks like its
 * neighbours: the quote of their module names (else the file's strings'), the space inside their
 * braces (`{x}` or `{ x }`; prettier's spaced braces when no one-line import tells), and their
 * semicolons (else the file's statements').
 */
export interface ImportStyle {
  quote: "'" | '"';
  spacedBraces: boolean;
  semicolons: boolean;
}

export function detectImportStyle(context: Pick<ImportContext, 'program' | 'source' | 'style'>): ImportStyle {
  const { program, source } = context;
  const text = source.text;
  let single = 0;
  let double = 0;
  let spaced = 0;
  let unspaced = 0;
  let withSemicolon = 0;
  let withoutSemicolon = 0;
  const countBraces = (open: number, close: number): void => {
    // Case: a one-line `{a, b}` or `{ a, b }` (a multi-line list tells nothing)
    if (close <= open + 1 || text.slice(open, close).includes('\n')) return;
    if (/\s/.test(text[open + 1]!)) spaced++;
    else unspaced++;
  };
  const countModule = (literal: Node): void => {
    if (text[literal.start!] === "'") single++;
    else if (text[literal.start!] === '"') double++;
  };
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      countModule(statement.source);
      const braces = getNamedBraces(text, statement);
      if (braces) countBraces(braces.open, braces.close);
    } else if (isRequireStatement(statement)) {
      for (const declarator of (statement as VariableDeclaration).declarations) {
        const module = getRequireArgument(declarator.init);
        if (module) countModule(module);
        if (module && declarator.id.type === 'ObjectPattern') countBraces(declarator.id.start!, declarator.id.end! - 1);
      }
    } else continue;
    if (text[statement.end! - 1] === ';') withSemicolon++;
    else withoutSemicolon++;
  }
  return {
    quote: single + double === 0 ? context.style.quote : double > single ? '"' : "'",
    spacedBraces: spaced >= unspaced,
    semicolons: withSemicolon + withoutSemicolon === 0 ? context.style.semicolons : withSemicolon >= withoutSemicolon,
  };
}

function quote(style: ImportStyle, text: string): string {
  const q = style.quote;
  return `${q}${text.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`)}${q}`;
}

/** `{ a, b }` or `{a, b}`, as the file's imports write their braces. */
function braced(style: ImportStyle, inner: string): string {
  return style.spacedBraces ? `{ ${inner} }` : `{${inner}}`;
}

function specifierText(specifiers: readonly Specifier[], separator: ' as ' | ': '): string {
  return specifiers.map(({ name, local }) => (name === local ? local : `${name}${separator}${local}`)).join(', ');
}

// ---------------------------------------------------------------------------------------------
// ESM

function addEsmImport(context: ImportContext, module: string, specifiers: readonly Specifier[]): TextEdit[] {
  const { program, source } = context;
  const text = source.text;
  const wanted = normalizeModuleName(module);
  const style = detectImportStyle(context);
  const semicolon = style.semicolons ? ';' : '';
  const isDefault = specifiers[0]!.name === 'default';
  if (!isDefault) {
    const entry = specifierText(specifiers, ' as ');
    const onlyTypes = specifiers.every((specifier) => specifier.type);
    // Types go to an `import type { … }` of the module first, where the file keeps its types.
    const statements = onlyTypes ? [...program.body].sort((a, b) => Number(isTypeImport(b)) - Number(isTypeImport(a))) : program.body;
    for (const statement of statements) {
      if (statement.type !== 'ImportDeclaration' || normalizeModuleName(statement.source.value) !== wanted) continue;
      // Case: `import type { OnInit } from 'm'` takes types only
      if (statement.importKind === 'type' && !onlyTypes) continue;
      if (statement.specifiers.some((specifier) => specifier.type === 'ImportNamespaceSpecifier')) continue;
      const named = statement.specifiers.filter((specifier) => specifier.type === 'ImportSpecifier');
      // Case: `import { a } from 'm'` -> `import { a, name } from 'm'`; `import { C, type I } from 'm'` -> `…, type J }`
      const marksTypes = statement.importKind !== 'type' && named.some((specifier) => specifier.importKind === 'type');
      const braces = getNamedBraces(text, statement);
      if (braces) return addListEntry(source, { ...braces, items: named }, specifiers.map((specifier) => `${specifier.type && marksTypes ? 'type ' : ''}${specifierText([specifier], ' as ')}`), layoutOf(context));
      if (statement.importKind === 'type') continue;
      // Case: `import a from 'm'` -> `import a, { name } from 'm'`
      const defaultSpecifier = statement.specifiers[0];
      if (defaultSpecifier) return [{ start: defaultSpecifier.end!, end: defaultSpecifier.end!, text: `, ${braced(style, entry)}` }];
    }
  }
  const clause = isDefault ? specifiers[0]!.local : braced(style, specifierText(specifiers, ' as '));
  const declaration = `import ${clause} from ${quote(style, module)}${semicolon}`;
  const lastImport = findLast(program.body, (statement) => statement.type === 'ImportDeclaration' || statement.type === 'TSImportEqualsDeclaration');
  return [insertStatement(context, lastImport, declaration)];
}

function isTypeImport(statement: Statement): boolean {
  return statement.type === 'ImportDeclaration' && statement.importKind === 'type';
}

function layoutOf({ style }: ImportContext): AddEntryOptions {
  const { indentUnit, trailingComma, printWidth } = style;
  return indentUnit !== undefined && trailingComma !== undefined && printWidth !== undefined ? { layout: { indentUnit, trailingComma, printWidth } } : {};
}

/** Offsets of `{` and `}` of an import's named specifiers, when it has braces. */
function getNamedBraces(text: string, statement: ImportDeclaration): { open: number; close: number } | null {
  const clauseEnd = statement.source.start!;
  const open = text.indexOf('{', statement.start!);
  if (open === -1 || open > clauseEnd) return null;
  const close = text.indexOf('}', open);
  if (close === -1 || close > clauseEnd) return null;
  return { open, close };
}

// ---------------------------------------------------------------------------------------------
// CommonJS

function addRequire(context: ImportContext, module: string, specifiers: readonly Specifier[]): TextEdit[] {
  const { program, source } = context;
  const wanted = normalizeModuleName(module);
  const style = detectImportStyle(context);
  const semicolon = style.semicolons ? ';' : '';
  const isDefault = specifiers[0]!.name === 'default';
  if (!isDefault) {
    for (const statement of program.body) {
      if (statement.type !== 'VariableDeclaration') continue;
      for (const declarator of statement.declarations) {
        if (declarator.id.type !== 'ObjectPattern' || getRequiredModule(declarator.init) !== wanted) continue;
        // Case: `const { a } = require('m')` -> `const { a, name } = require('m')`
        const pattern: ObjectPattern = declarator.id;
        return addListEntry(source, { open: pattern.start!, close: pattern.end! - 1, items: pattern.properties }, specifierText(specifiers, ': '), layoutOf(context));
      }
    }
  }
  const binding = isDefault ? specifiers[0]!.local : braced(style, specifierText(specifiers, ': '));
  const declaration = `const ${binding} = require(${quote(style, module)})${semicolon}`;
  const lastRequire = findLast(program.body, (statement) => isRequireStatement(statement) || statement.type === 'ImportDeclaration');
  return [insertStatement(context, lastRequire, declaration)];
}

function getRequiredModule(node: Node | null | undefined): string | null {
  const argument = getRequireArgument(node);
  return argument ? normalizeModuleName(argument.value) : null;
}

/** The module name literal of `require('m')` (or `require('m').x`). */
function getRequireArgument(node: Node | null | undefined): StringLiteral | null {
  if (node?.type === 'MemberExpression') return getRequireArgument(node.object);
  if (node?.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'require') return null;
  const [argument] = node.arguments;
  return argument?.type === 'StringLiteral' ? argument : null;
}

function isRequireStatement(statement: Statement): boolean {
  return statement.type === 'VariableDeclaration' && statement.declarations.some((declarator) => getRequiredModule(declarator.init) !== null);
}

function isModuleExportsAssignment(statement: Statement): boolean {
  if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') return false;
  let target: Node = statement.expression.left;
  while (target.type === 'MemberExpression') target = target.object;
  return target.type === 'Identifier' && (target.name === 'module' || target.name === 'exports');
}

// ---------------------------------------------------------------------------------------------
// Placement and names

/** After `anchor` on a line of its own; else before the file's first statement. */
function insertStatement(context: ImportContext, anchor: Statement | null, declaration: string): TextEdit {
  const { program, source } = context;
  if (anchor) {
    const at = findLineEndAfter(source, anchor.end!) ?? anchor.end!;
    // Indented like the import above it (a `.svelte` / `.vue` `<script>` block is often indented).
    return { start: at, end: at, text: `\n${source.indentAt(anchor.start!)}${declaration}` };
  }
  const first = program.body[0];
  if (!first) return appendToFile(source, declaration);
  // A doc comment right above the first statement belongs to it: go above the comment.
  const at = aboveDocComment(program, source, first);
  const indent = source.indentAt(at);
  return { start: at, end: at, text: `${declaration}\n\n${indent}` };
}

/**
 * A declaration of several lines (a helper function) placed after the file's leading imports or
 * `require`s, a blank line before it, or above the first statement (and its doc comment) when
 * there are none: above every use in the file, where lint's `no-use-before-define` (functions:
 * true, as in the airbnb config) accepts it. The same lines always land at the same point, so
 * several fixes adding one helper to a file give identical edits, which the engine applies once.
 */
export function insertAfterImports(context: Pick<ImportContext, 'program' | 'source'>, lines: readonly string[]): TextEdit {
  const { program, source } = context;
  let anchor: Statement | null = null;
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' && statement.type !== 'TSImportEqualsDeclaration' && !isRequireStatement(statement)) break;
    anchor = statement;
  }
  if (anchor) {
    const at = findLineEndAfter(source, anchor.end!) ?? anchor.end!;
    const indent = source.indentAt(anchor.start!);
    const block = lines.map((line) => (line === '' ? '' : indent + line)).join('\n');
    const { line } = source.positionAt(at);
    // A blank line after the helper too when the code follows the imports directly.
    const nextLineBlank = line + 1 > source.lineCount || source.lineText(line + 1).trim() === '';
    return { start: at, end: at, text: `\n\n${block}${nextLineBlank ? '' : '\n'}` };
  }
  const first = program.body[0];
  if (!first) return appendToFile(source, lines.join('\n'));
  const at = aboveAttachedComments(program, source, first);
  const indent = source.indentAt(at);
  return { start: at, end: at, text: `${lines.map((line, i) => (line === '' || i === 0 ? line : indent + line)).join('\n')}\n\n${indent}` };
}

/**
 * The start of `statement`, or of the comments right above it with no blank line between
 * (they describe it); a file header set apart by a blank line stays above.
 */
function aboveAttachedComments(program: Program, source: SourceText, statement: Statement): number {
  const comments = getLeadingComments(program, source.text, statement);
  let at = statement.start!;
  for (let i = comments.length - 1; i >= 0; i--) {
    const comment = comments[i]!;
    if (source.positionAt(comment.end!).line < source.positionAt(at).line - 1) break;
    at = comment.start!;
  }
  return at;
}

/** `text` on lines of its own at the end of a file with no statement. */
function appendToFile(source: SourceText, text: string): TextEdit {
  const prefix = source.text === '' || source.text.endsWith('\n') ? '' : '\n';
  return { start: source.text.length, end: source.text.length, text: `${prefix}${text}\n` };
}

/** The start of `statement`, or of the doc comment right above it, which belongs to it. */
function aboveDocComment(program: Program, source: SourceText, statement: Statement): number {
  const comments = getLeadingComments(program, source.text, statement);
  const doc = comments[comments.length - 1];
  if (doc && doc.type === 'CommentBlock' && doc.value.startsWith('*') && source.positionAt(doc.end!).line >= source.positionAt(statement.start!).line - 1) return doc.start!;
  return statement.start!;
}

function findLast<T>(list: readonly T[], test: (item: T) => boolean): T | null {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return list[i]!;
  return null;
}

const namesCache = new WeakMap<Program, Set<string>>();

/** Every identifier name the file uses anywhere (so a new import shadows nothing). */
function isKeyPosition(parent: Node, key: string | null): boolean {
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && !parent.computed) return key === 'property';
  const isKeyed = parent.type === 'ObjectProperty' || parent.type === 'ClassProperty' || parent.type === 'ObjectMethod' || parent.type === 'ClassMethod';
  return isKeyed && key === 'key' && !parent.computed && !(parent.type === 'ObjectProperty' && parent.shorthand);
}

function getUsedNames(program: Program): Set<string> {
  let names = namesCache.get(program);
  if (names) return names;
  const found = new Set<string>();
  forEachNode(program, (node, parent, key) => {
    // Case: `x.name` and `{ name: value }` use `name` as a key, not as a variable
    if (parent && isKeyPosition(parent, key)) return false;
    if (node.type === 'Identifier' || node.type === 'JSXIdentifier') found.add(node.name);
    return undefined;
  });
  namesCache.set(program, (names = found));
  return names;
}

function findFreeName(program: Program, preferred: string, taken: ReadonlySet<string>): string {
  const used = getUsedNames(program);
  const isFree = (name: string): boolean => !used.has(name) && !taken.has(name);
  if (isFree(preferred)) return preferred;
  for (let n = 2; ; n++) if (isFree(`${preferred}${n}`)) return `${preferred}${n}`;
}
