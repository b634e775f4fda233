/**
 * Gives a function an AbortSignal its callers can pass: a `signal` field on an existing options
 * object parameter (and on its declared type: an inline type, or an interface / type alias in
 * this file or in the project file it is imported from), or a last optional parameter
 * `signal?: AbortSignal` (`signal` in JavaScript), overload signatures included.
 */
import type { Function as FunctionNode, Node, ObjectPattern, TSInterfaceBody, TSType, TSTypeLiteral, TSTypeReference } from '@babel/types';
import { addListEntry, type BracedList } from './add-object-property';
import { skipTrivia } from '../syntax/trivia';
import { findBinding, isGlobalReference } from '../syntax/scope';
import { findTypeDeclaration, findTypeMember, getAnnotationType, getTypeReferenceName } from '../syntax/type-annotation';
import type { ProjectContext, ProjectFile } from '../../core/rule';
import type { NodePath } from '../../core/traverse';
import type { FileEdits, TextEdit } from '../../core/finding';

export interface SignalParameter {
  /** How the function's body reads the signal (`signal`, `options?.signal`). */
  expression: string;
  /** Where callers pass it. */
  position: { kind: 'parameter'; index: number } | { kind: 'option'; index: number; optional: boolean };
  /** Edits per file (the function's file, and the file declaring the options type). */
  files: FileEdits[];
}

type ImportResolver = Pick<ProjectContext, 'resolveImport'>;

const OPTIONS_NAMES = /^(?:opts|options|config|settings|init|params|args)$/i;

export function addSignalParameter(file: ProjectFile, fn: NodePath<FunctionNode>, project: ImportResolver): SignalParameter | { failure: string } {
  const params = fn.node.params;
  const typed = file.language !== 'js';
  // The name `signal` must be free in the function.
  const body = fn.node.body;
  const bodyPath = fn.child(body, 'body');
  if (findBinding(bodyPath, 'signal') && findBinding(bodyPath, 'signal')!.scope !== file.ast.program) {
    return { failure: 'the name `signal` is already taken in the function' };
  }
  // Case: `new Promise(async (resolve, reject) => { while (true) … })`: the Promise constructor calls
  // its executor with those two and nothing else, so a third parameter would never be a signal.
  if (isPromiseExecutor(fn)) return { failure: 'it is the executor of a `new Promise(…)`, which the Promise constructor calls with `resolve` and `reject` only: take the signal from the enclosing function' };
  const last = params[params.length - 1];
  if (last?.type === 'RestElement') return { failure: 'its last parameter is a rest parameter' };
  const options = last ? matchOptionsParameter(file, last, project) : null;
  if (options && 'failure' in options) return options;
  if (options) return { ...options, position: { kind: 'option', index: params.length - 1, optional: options.optional } };
  const text = typed ? 'signal?: AbortSignal' : 'signal';
  const edits: TextEdit[] = [];
  if (last) {
    // Case: `async x => …` has no parentheses to add to.
    if (fn.node.type === 'ArrowFunctionExpression' && params.length === 1 && file.source.text[last.start! - 1] !== '(' && !/\(\s*$/.test(file.source.text.slice(fn.node.start!, last.start!))) {
      edits.push({ start: last.start!, end: last.start!, text: '(' }, { start: last.end!, end: last.end!, text: `, ${text})` });
    } else {
      // Case: a list written one parameter a line: the signal gets a line of its own (addListEntry)
      const open = findParameterListOpen(file, fn.node);
      const list = open === null ? null : parenthesizedList(file.source.text, open, params);
      edits.push(...(list ? addListEntry(file.source, list, text) : [{ start: last.end!, end: last.end!, text: `, ${text}` }]));
    }
  } else {
    const open = findParameterListOpen(file, fn.node);
    if (open === null) return { failure: 'its parameter list could not be found' };
    edits.push({ start: open + 1, end: open + 1, text });
  }
  // Overloads of different lengths put a last parameter at different positions from the
  // implementation's: callers would pass the signal where the implementation reads another argument.
  if (findOverloads(fn).length > 0) return { failure: 'it has overload signatures, where a new last parameter sits at a different position in each; add the signal by hand' };
  return { expression: 'signal', position: { kind: 'parameter', index: params.length }, files: [{ file: file.file, edits }] };
}

/**
 * The list from `(` to `)` around the parameters or arguments `items` (not empty), as
 * addListEntry takes it: the `)` is found after the last item, its trailing comma and comments.
 * `null` where something else follows.
 */
export function parenthesizedList(text: string, open: number, items: readonly Node[]): BracedList | null {
  let close = skipTrivia(text, items[items.length - 1]!.end!);
  if (text[close] === ',') close = skipTrivia(text, close + 1);
  return text[close] === ')' ? { open, close, items } : null;
}

/** The `(` of a function's parameter list. */
function findParameterListOpen(file: ProjectFile, fn: Node): number | null {
  const node = fn as { key?: Node; id?: Node | null; typeParameters?: Node | null; start?: number | null; body?: Node; returnType?: Node | null };
  const from = node.typeParameters?.end ?? node.key?.end ?? node.id?.end ?? node.start!;
  const open = file.source.text.indexOf('(', from);
  return open === -1 ? null : open;
}

/** Overload signatures declared right before a function declaration or method. */
function findOverloads(fn: NodePath<FunctionNode>): FunctionNode[] {
  const node = fn.node;
  let holder: NodePath = fn;
  if (fn.parent?.type === 'ExportNamedDeclaration' || fn.parent?.type === 'ExportDefaultDeclaration') holder = fn.parentPath!;
  const container = holder.container;
  if (!container || holder.index === null) return [];
  const name = node.type === 'FunctionDeclaration' ? node.id?.name : (node as { key?: { name?: string } }).key?.name;
  if (!name) return [];
  const overloads: FunctionNode[] = [];
  for (let i = holder.index - 1; i >= 0; i--) {
    let sibling: Node = container[i]!;
    if (sibling.type === 'ExportNamedDeclaration' && sibling.declaration) sibling = sibling.declaration;
    const siblingName = sibling.type === 'TSDeclareFunction' ? sibling.id?.name : sibling.type === 'TSDeclareMethod' ? (sibling.key as { name?: string }).name : undefined;
    if (siblingName !== name) break;
    overloads.push(sibling as unknown as FunctionNode);
  }
  return overloads;
}

type OptionsMatch = { expression: string; optional: boolean; files: FileEdits[] } | { failure: string } | null;

/** An options object parameter: `options: { … }`, `options: Options`, `{ a, b }: Options`, or JS `{ a, b }`. */
function matchOptionsParameter(file: ProjectFile, param: Node, project: ImportResolver): OptionsMatch {
  let target = param;
  let optional = false;
  if (target.type === 'AssignmentPattern') {
    optional = true;
    target = target.left;
  }
  const type = getAnnotationType((target as { typeAnnotation?: Node | null }).typeAnnotation);
  if (target.type === 'Identifier') {
    if (target.optional) optional = true;
    if (!type) return null;
    if (type.type !== 'TSTypeLiteral' && !(type.type === 'TSTypeReference' && OPTIONS_NAMES.test(target.name))) return null;
    const typeEdits = addSignalMember(file, type, project);
    if (!typeEdits) return null;
    if ('failure' in typeEdits) return typeEdits;
    return { expression: optional ? `${target.name}?.signal` : `${target.name}.signal`, optional, files: typeEdits.files };
  }
  if (target.type === 'ObjectPattern') {
    if (target.properties.some((p) => p.type === 'RestElement')) return { failure: 'its options parameter has a rest element' };
    const files: FileEdits[] = [];
    if (type) {
      const typeEdits = addSignalMember(file, type, project);
      if (!typeEdits) return { failure: 'the type of its options parameter is not one unleak can extend' };
      if ('failure' in typeEdits) return typeEdits;
      files.push(...typeEdits.files);
    }
    const patternEdits = addListEntry(file.source, braces(file, target), 'signal', { layout: file.style });
    mergeInto(files, file.file, patternEdits);
    return { expression: 'signal', optional, files };
  }
  return null;
}

function braces(file: ProjectFile, pattern: ObjectPattern): { open: number; close: number; items: Node[] } {
  const end = pattern.typeAnnotation?.start ?? pattern.end!;
  return { open: pattern.start!, close: file.source.text.lastIndexOf('}', end - 1), items: pattern.properties };
}

function mergeInto(files: FileEdits[], file: string, edits: TextEdit[]): void {
  const existing = files.find((entry) => entry.file === file);
  if (existing) existing.edits.push(...edits);
  else files.push({ file, edits: [...edits] });
}

/** Adds `signal?: AbortSignal` to an options type: inline, or the interface / alias it names. */
function addSignalMember(file: ProjectFile, type: TSType, project: ImportResolver): { files: FileEdits[] } | { failure: string } | null {
  if (type.type === 'TSTypeLiteral') return { files: [{ file: file.file, edits: addMember(file, type) }] };
  const name = getTypeReferenceName(type);
  if (name === null || (type as TSTypeReference).typeParameters) return null;
  const declared = findOptionsType(file, name, project, 0);
  if (!declared) return { failure: `the declaration of its options type ${name} could not be found in the project` };
  if ('failure' in declared) return declared;
  return { files: [{ file: declared.file.file, edits: addMember(declared.file, declared.body) }] };
}

function addMember(file: ProjectFile, body: TSTypeLiteral | TSInterfaceBody): TextEdit[] {
  const members = body.type === 'TSTypeLiteral' ? body.members : body.body;
  if (findTypeMember(members, 'signal')?.type === 'TSPropertySignature') return [];
  const text = file.source.text;
  const close = body.end! - 1;
  const inner = text.slice(body.start! + 1, close);
  const separator = inner.includes(',') && !inner.includes(';') ? ',' : ';';
  // Multi-line body: a new line at the members' indentation.
  const lastMember = members[members.length - 1];
  if (lastMember && /\n/.test(text.slice(body.start!, close))) {
    const indent = file.source.indentAt(lastMember.start!);
    // Case: members one a line with no separator (`server: Server⏎  fromDate: Date`, the style of
    // semicolon-less code): the new one has none either, and the last keeps none.
    if (hasNoSeparators(text, members, close)) return [{ start: lastMember.end!, end: lastMember.end!, text: `\n${indent}signal?: AbortSignal` }];
    const afterLast = text.slice(lastMember.end!, close);
    const needsSeparator = !/^\s*[;,]/.test(afterLast) && !text.slice(lastMember.start!, lastMember.end!).trimEnd().endsWith(';') && !text.slice(lastMember.start!, lastMember.end!).trimEnd().endsWith(',');
    const lineEnd = lastMember.end! + (afterLast.match(/^[ \t]*[;,]?/)?.[0].length ?? 0);
    return [{ start: lineEnd, end: lineEnd, text: `${needsSeparator ? separator : ''}\n${indent}signal?: AbortSignal${separator === ';' ? ';' : ','}` }];
  }
  if (!lastMember) return [{ start: body.start! + 1, end: close, text: ' signal?: AbortSignal ' }];
  const trimmedEnd = close - (inner.length - inner.trimEnd().length);
  const hasTrailing = /[;,]$/.test(inner.trimEnd());
  return [{ start: trimmedEnd, end: trimmedEnd, text: `${hasTrailing ? '' : separator} signal?: AbortSignal${hasTrailing ? separator : ''}` }];
}

/** Every member ends its line with no `;` or `,` after it (at least one line break between each). */
function hasNoSeparators(text: string, members: readonly Node[], close: number): boolean {
  return members.every((member, i) => {
    const end = i + 1 < members.length ? members[i + 1]!.start! : close;
    const own = text.slice(member.start!, member.end!).trimEnd();
    return !own.endsWith(';') && !own.endsWith(',') && /^[ \t]*(\/\/[^\r\n]*)?\r?\n/.test(text.slice(member.end!, end));
  });
}

interface DeclaredType {
  file: ProjectFile;
  body: TSTypeLiteral | TSInterfaceBody;
}

/** The interface or object type alias `name` names in `file`, following named imports of the run's files. */
function findOptionsType(file: ProjectFile, name: string, project: ImportResolver, depth: number): DeclaredType | { failure: string } | null {
  if (depth > 4) return null;
  const declaration = findTypeDeclaration(file.ast.program, name);
  if (declaration?.type === 'TSInterfaceDeclaration') {
    if (declaration.extends?.length) return { failure: `its options interface ${name} extends another type` };
    return { file, body: declaration.body };
  }
  if (declaration?.type === 'TSTypeAliasDeclaration') {
    return declaration.typeAnnotation.type === 'TSTypeLiteral' ? { file, body: declaration.typeAnnotation } : { failure: `its options type ${name} is not an object type` };
  }
  // Case: a default import: not followed (the declaration is not found).
  if (declaration?.type !== 'ImportedTypeName' || declaration.specifier.type !== 'ImportSpecifier') return null;
  const target = project.resolveImport(file, declaration.source);
  if (!target) return { failure: `its options type ${name} comes from ${declaration.source}, outside the files of this run` };
  return findOptionsType(target, declaration.imported, project, depth + 1);
}

/** `fn` is the first argument of `new Promise(…)` (the global `Promise`). */
function isPromiseExecutor(fn: NodePath<FunctionNode>): boolean {
  const parent = fn.parentPath?.node;
  return (
    parent?.type === 'NewExpression' &&
    parent.arguments[0] === fn.node &&
    parent.callee.type === 'Identifier' &&
    parent.callee.name === 'Promise' &&
    isGlobalReference(fn, 'Promise')
  );
}
