/**
 * The project's call-site lookup (`ProjectContext.callSites`): every call of a function, in its
 * own file and in the other files of the run.
 *
 * `lookupCallSites` asks the type layer first (`TypeQueries.callSites`: the checker's
 * references, so path aliases, `require()` and re-exports of every kind are followed) when a
 * program (a tsconfig's or the inferred one) covers the declaring file with the text the run
 * read, for functions it can name and for class methods in TypeScript files (a JavaScript
 * method stays syntactic: its callers are often untyped). The calls then come from the
 * checker; the value uses the edits need are the syntactic lookup's, and the answer is
 * incomplete for the syntactic lookup's reasons, except "no file of this run imports it" when
 * the checker sees it used in another file (a path alias), and also when the checker sees a value
 * use the syntactic lookup did not, or a call in a file outside the run. Without a program (`--no-types`, no
 * tsconfig and no inferred program, a broken tsconfig, a changed text) it is `findCallSites`:
 *
 * Syntactic: same file and the files that import it by a relative specifier (named, default
 * and namespace imports; re-exports through an index, `export *` included). References are
 * bindings, not names (a shadowing local is not a call site), but a path alias, a package
 * import or a dynamic `import()` of the module cannot be followed, and those make the answer
 * incomplete. CommonJS too: a function exported with `module.exports = poll`, `exports.poll =
 * poll` or `module.exports = { poll }` at top level, and `require('./poller')` kept in a variable,
 * destructured, or called through at once (followRequires); another use of `require` of it makes
 * the answer incomplete.
 */
import path from 'node:path';
import type { CallExpression, Identifier, NewExpression, Node } from '@babel/types';
import { forEachDescendant } from '../analysis/syntax/descendants';
import { findBinding, type Binding } from '../analysis/syntax/scope';
import { getPropertyName } from '../analysis/syntax/expressions';
import type { ProjectFiles } from './project-files';
import type { CallSite, CallSites, CheckedCallSite, ProjectFile, TypeQueries } from '../core/rule';
import type { NodePath } from '../core/traverse';
import { isValueWrapper } from '../core/node-helpers';
import { isCommonJsExports } from '../analysis/syntax/function-name';

const SPECIFIER = /\b(?:from|import|require)\s*\(?\s*(['"])(\.{1,2}\/[^'"\n]*)\1/g;
/** Also non-relative specifiers (`findCallSites` with `aliases`: a tsconfig `paths` / `baseUrl` alias may name the module). */
const ANY_SPECIFIER = /\b(?:from|import|require)\s*\(?\s*(['"])([^'"\n]{1,300})\1/g;
const MAX_REEXPORT_DEPTH = 5;

/**
 * The name a function is declared under, and its binding, or `null` (anonymous, a method). Also a
 * class (`class AppWindow {}`, `const Tray = class {}`): its calls are its `new`s, and a JSX
 * element of it (`<CrashApp />`) is a value use.
 */
function getFunctionBinding(fn: NodePath): Binding | null {
  const node = fn.node;
  let id: Identifier | null = null;
  if ((node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ClassDeclaration' || node.type === 'ClassExpression') && node.id) id = node.id;
  // Case: `const poll = () => …` / `const poll = function () {}`
  if (!id && fn.parent?.type === 'VariableDeclarator' && fn.parent.id.type === 'Identifier') id = fn.parent.id;
  if (!id) return null;
  const binding = findBinding(fn, id.name);
  // Case: overloads: the first signature declares the name.
  return binding && (binding.identifier === id || binding.declaration.type === 'TSDeclareFunction') ? binding : null;
}

/** File names the checker types (a method called through an untyped value in JavaScript is invisible to it). */
const TYPESCRIPT_FILE = /\.[cm]?tsx?$/;

/**
 * A class method the checker can follow (`run(queue) {}`, `#run() {}`, not computed, not a
 * getter or constructor) in a TypeScript file, or `null`. In JavaScript its callers are often
 * untyped values the checker cannot see, so a JS method stays syntactic (not followed).
 */
function checkableMethod(file: ProjectFile, fn: NodePath): { name: string; className: string; exported: boolean } | null {
  const node = fn.node;
  if ((node.type !== 'ClassMethod' && node.type !== 'ClassPrivateMethod') || node.kind !== 'method' || node.computed) return null;
  if (!TYPESCRIPT_FILE.test(file.file)) return null;
  const name = node.key.type === 'Identifier' ? node.key.name : node.key.type === 'PrivateName' ? `#${node.key.id.name}` : null;
  const classPath = fn.parentPath?.parentPath;
  const cls = classPath?.node;
  if (!name || !cls || (cls.type !== 'ClassDeclaration' && cls.type !== 'ClassExpression')) return null;
  const className = cls.id?.name ?? 'default';
  const exported = classPath.parent?.type === 'ExportNamedDeclaration' || classPath.parent?.type === 'ExportDefaultDeclaration';
  return { name, className, exported };
}

/** `export default function () {}`: the function is the default export with no binding. */
function isAnonymousDefaultExport(fn: NodePath): boolean {
  return fn.parent?.type === 'ExportDefaultDeclaration' && !(fn.node as { id?: unknown }).id;
}

/** The type layer's answers for a file of the run with this text, or `null` (no type layer). */
export type TypesOf = (absolutePath: string, text: string) => TypeQueries | null;

/** The call sites of `fn`: the type layer's where a program covers the file, the syntactic lookup's otherwise. */
export function lookupCallSites(project: ProjectFiles, file: ProjectFile, fn: NodePath, typesOf: TypesOf | null): CallSites {
  const walked = walkCallSites(project, file, fn);
  const syntactic = walked.sites;
  const method = checkableMethod(file, fn);
  if (!getFunctionBinding(fn) && !isAnonymousDefaultExport(fn) && !method) return syntactic;
  // A class: the syntactic lookup alone (its `new`s and JSX elements; the type layer is asked about functions).
  if (fn.node.type === 'ClassDeclaration' || fn.node.type === 'ClassExpression') return syntactic;
  const absolute = project.absolutePathOf(file.file);
  const checked = absolute && typesOf ? typesOf(absolute, file.source.text)?.callSites(fn.node) ?? null : null;
  // Case: a method with no program (`--no-types`, a broken tsconfig): its callers cannot be followed.
  if (!checked) return syntactic;
  const calls: CallSite[] = [];
  const result: CallSites = { calls, values: syntactic.values, complete: true };
  const incomplete = (why: string): void => {
    if (result.complete) result.incompleteBecause = why;
    result.complete = false;
  };
  // Case: `import { poll } from '@lib/poller'` (a path alias): the syntactic walk saw no file
  // import it, the checker did — a call or value use in another file of the program answers that.
  const importedElsewhere = checked.some((site) => site.file !== absolute);
  if (method) {
    // Case: `new Worker().run('jobs')` in another file, `this.run(…)`: the checker's references
    // are the calls. An exported class no other file of the program uses has its callers elsewhere.
    if (method.exported && !importedElsewhere) incomplete(`${method.name}() is a method of the exported class ${method.className} and no other file of this run calls it`);
  } else {
    for (const reason of walked.reasons) if (!(reason.noImporter && importedElsewhere)) incomplete(reason.why);
  }
  for (const site of checked) {
    const display = project.displayPathOf(site.file);
    if (site.related) {
      // Case: `job.run()` on an interface or base-class type: it may reach another implementation.
      incomplete(`${display ?? site.file}:${site.line} calls it through a member it overrides or implements, or an override of it`);
      continue;
    }
    if (site.value) {
      // Case: `module.exports = { initialize }`: the checker's value use is the CommonJS export the syntactic walk followed
      if (isCommonJsExportAt(project, display, site)) continue;
      // Case: passed on in a file the syntactic walk could not follow (through a path alias).
      if (!syntactic.values.some((value) => isSameReference(value, display, site))) incomplete(`${display ?? site.file} passes it on as a value`);
      continue;
    }
    const opened = display ? project.open(display) : null;
    const call = opened ? findCallAt(opened, site) : null;
    if (!opened || !call) {
      // The checker's program reaches a caller this run cannot edit (another folder, a file it did not parse).
      if (!display || !opened) {
        if (result.complete) result.incompleteBecause = `${display ?? site.file} calls it and is not part of this run`;
        result.complete = false;
        continue;
      }
      // The run's text is not the text the checker read: the syntactic answer stands.
      return syntactic;
    }
    calls.push({ file: opened, call });
  }
  // Case: a call the syntactic walk proves by its binding but the checker did not report (an
  // inferred program over JavaScript without a tsconfig: \`void pollInbox({ … })\` in the file
  // that imports it) is a call site all the same.
  for (const site of syntactic.calls) if (!calls.some((known) => known.file.file === site.file.file && known.call.node === site.call.node)) calls.push(site);
  return result;
}

/** The checker's reference `site` is an identifier a top-level CommonJS export hands to other files (getCommonJsExportName). */
function isCommonJsExportAt(project: ProjectFiles, display: string | null, site: CheckedCallSite): boolean {
  const opened = display ? project.open(display) : null;
  if (!opened) return false;
  let exported = false;
  forEachDescendant(opened.program, (path) => {
    if (exported) return false;
    const start = path.node.loc?.start;
    if (path.node.type !== 'Identifier' || !start || start.line !== site.line || (start.column !== site.column && !(site.line === 1 && start.column === site.column - 1))) return undefined;
    exported = getCommonJsExportName(path) !== null;
    return undefined;
  });
  return exported;
}

/** Whether a syntactic value use is the checker's reference `site` (they end at the same place). */
function isSameReference(value: CallSites['values'][number], display: string | null, site: CheckedCallSite): boolean {
  const end = value.reference.node.loc?.end;
  if (!end || value.file.file !== display) return false;
  const column = site.column + (site.end - site.start);
  return end.line === site.line && (end.column === column || (site.line === 1 && end.column === column - 1));
}

/** The call (or `new`) the checker located at `site`: same start line and column (a BOM shifts line 1 by one), same length. */
function findCallAt(file: ProjectFile, site: CheckedCallSite): NodePath<CallExpression | NewExpression> | null {
  let found: NodePath<CallExpression | NewExpression> | null = null;
  const length = site.end - site.start;
  forEachDescendant(file.program, (path) => {
    const node = path.node;
    if (found || (node.type !== 'CallExpression' && node.type !== 'NewExpression') || !node.loc) return undefined;
    const column = node.loc.start.column;
    const sameColumn = column === site.column || (site.line === 1 && column === site.column - 1);
    if (node.loc.start.line === site.line && sameColumn && node.end! - node.start! === length) found = path as NodePath<CallExpression | NewExpression>;
    return undefined;
  });
  return found;
}

/**
 * The syntactic lookup alone (never the type layer). With `aliases` (aliasedCallSites), an import
 * by a specifier the nearest tsconfig's `paths` / `baseUrl` maps to the module
 * (`@app/lib/poller`) is followed like a relative one (a `require` stays relative).
 */
export function findCallSites(project: ProjectFiles, file: ProjectFile, fn: NodePath, options: { aliases?: boolean } = {}): CallSites {
  return options.aliases ? aliasedCallSites(project, () => project.files)(file, fn) : walkCallSites(project, file, fn).sites;
}

/**
 * `findCallSites` with aliases, for many questions over one project: each specifier resolved once
 * per folder, and only the files `importersOf` names (project-importers.ts: the same specifiers,
 * resolved alike) read for the importers of each module on the way — not every file of the run
 * for every question.
 */
export function aliasedCallSites(project: ProjectFiles, importersOf: (display: string) => readonly string[]): (file: ProjectFile, fn: NodePath) => CallSites {
  const resolved = new Map<string, string | null>();
  const view: ProjectFiles = {
    ...project,
    files: project.files,
    resolve(fromFile, specifier) {
      const key = `${path.dirname(fromFile)}\0${specifier}`;
      let target = resolved.get(key);
      if (target === undefined) resolved.set(key, (target = project.resolveAlias(fromFile, specifier)));
      return target;
    },
  };
  const candidates = (targets: Iterable<string>): readonly string[] => {
    const files = new Set<string>();
    for (const target of targets) {
      const display = project.displayPathOf(target);
      if (display !== null) for (const importer of importersOf(display)) files.add(importer);
    }
    return [...files].sort();
  };
  return (file, fn) => walkCallSites(view, file, fn, ANY_SPECIFIER, candidates).sites;
}

/** Why the syntactic answer is incomplete; `noImporter`: exported, and no file of the run imports it. */
interface IncompleteReason {
  why: string;
  noImporter?: true;
}

/** `candidates`: the files that may import one of `targets` (absolute paths); every file of the run without it. */
function walkCallSites(
  project: ProjectFiles,
  file: ProjectFile,
  fn: NodePath,
  specifiers: RegExp = SPECIFIER,
  candidates: (targets: Iterable<string>) => readonly string[] = () => project.files,
): { sites: CallSites; reasons: IncompleteReason[] } {
  const result: CallSites = { calls: [], values: [], complete: true };
  const reasons: IncompleteReason[] = [];
  const incomplete = (why: string, noImporter = false): void => {
    if (result.complete) result.incompleteBecause = why;
    result.complete = false;
    reasons.push(noImporter ? { why, noImporter } : { why });
  };
  const done = { sites: result, reasons };
  const exportNames = new Set<string>();
  const binding = getFunctionBinding(fn);
  if (isAnonymousDefaultExport(fn)) exportNames.add('default');
  else if (!binding) {
    incomplete('its callers cannot be followed (a method or an anonymous function)');
    return done;
  }
  if (binding) {
    // Case: `export function poll() {}` / `export const poll = …` / `export default function poll() {}`
    const statement = binding.declaration.type === 'VariableDeclarator' ? fn.parentPath?.parentPath?.parent : fn.parent;
    if (statement?.type === 'ExportNamedDeclaration') exportNames.add(binding.name);
    if (fn.parent?.type === 'ExportDefaultDeclaration') exportNames.add('default');
    collectReferences(file, binding, result, exportNames);
  }
  if (exportNames.size === 0) return done;
  const declaring = project.absolutePathOf(file.file);
  if (!declaring) {
    incomplete('it is exported, and other files are not part of this run');
    return done;
  }
  // Files that import (or re-export) the declaring module, followed through re-exports.
  const imports = { found: false };
  let targets = new Map<string, Set<string>>([[declaring, exportNames]]);
  const seen = new Set<string>();
  for (let depth = 0; depth <= MAX_REEXPORT_DEPTH && targets.size > 0; depth++) {
    const next = new Map<string, Set<string>>();
    for (const other of candidates(targets.keys())) {
      const absolute = project.absolutePathOf(other)!;
      const text = project.text(other);
      if (!text || absolute === declaring) continue;
      const imported = importedTargets(project, absolute, text, targets, specifiers);
      if (imported.length === 0) continue;
      const key = `${other}\0${depth}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const opened = project.open(other);
      if (!opened) {
        incomplete(`${other} could not be parsed`);
        continue;
      }
      for (const [target, names] of imported) followImports(project, opened, absolute, target, names, result, next, incomplete, imports, specifiers);
    }
    targets = next;
  }
  // Exported, and no file of the run imports it: its callers are elsewhere.
  if (!imports.found) incomplete(`${binding?.name ?? 'the default export'}() is exported and no file of this run imports it`, true);
  return done;
}

/** The targets (absolute path + export names) a text's relative specifiers resolve to. */
function importedTargets(project: ProjectFiles, fromFile: string, text: string, targets: ReadonlyMap<string, Set<string>>, specifiers: RegExp): [string, Set<string>][] {
  const found: [string, Set<string>][] = [];
  specifiers.lastIndex = 0;
  for (let match = specifiers.exec(text); match; match = specifiers.exec(text)) {
    const resolved = project.resolve(fromFile, match[2]!);
    const names = resolved ? targets.get(resolved) : undefined;
    if (names && !found.some(([target]) => target === resolved)) found.push([resolved!, names]);
  }
  return found;
}

function followImports(
  project: ProjectFiles,
  file: ProjectFile,
  absolute: string,
  target: string,
  names: ReadonlySet<string>,
  result: CallSites,
  next: Map<string, Set<string>>,
  incomplete: (why: string) => void,
  imports: { found: boolean },
  specifiers: RegExp = SPECIFIER,
): void {
  let importedSomewhere = false;
  const addNext = (name: string): void => {
    let set = next.get(absolute);
    if (!set) next.set(absolute, (set = new Set()));
    set.add(name);
  };
  for (const statement of file.ast.program.body) {
    const source = (statement as { source?: { value: string } | null }).source?.value;
    if (!source || project.resolve(absolute, source) !== target) continue;
    // Case: `export { poll } from './poller'`, `export { default as poll } from './poller'`
    if (statement.type === 'ExportNamedDeclaration') {
      for (const specifier of statement.specifiers) {
        if (specifier.type !== 'ExportSpecifier') continue;
        const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value;
        if (names.has(specifier.local.name)) addNext(exported);
      }
    }
    // Case: `export * from './poller'` (never the default export)
    if (statement.type === 'ExportAllDeclaration') {
      for (const name of names) if (name !== 'default') addNext(name);
    }
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    const statementIndex = file.ast.program.body.indexOf(statement);
    const statementPath = file.program.child(statement, 'body', statementIndex);
    for (const specifier of statement.specifiers) {
      const local = specifier.local;
      const localBinding = findBinding(statementPath, local.name);
      if (!localBinding) continue;
      // Case: `import * as poller from './poller'` -> `poller.poll()`
      if (specifier.type === 'ImportNamespaceSpecifier') {
        importedSomewhere = true;
        collectNamespaceCalls(file, localBinding, names, result, incomplete);
        continue;
      }
      const imported = specifier.type === 'ImportDefaultSpecifier' ? 'default' : specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
      if (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type') continue;
      if (!names.has(imported)) continue;
      const reexported = new Set<string>();
      importedSomewhere = true;
      collectReferences(file, localBinding, result, reexported);
      // Case: `import { poll } from './poller'; export { poll }`
      for (const name of reexported) addNext(name);
    }
  }
  // Case: `const poller = require('./poller')` (CommonJS): followRequires
  if (/\brequire\s*\(/.test(file.source.text) && followRequires(project, file, absolute, target, names, result, incomplete)) importedSomewhere = true;
  if (importedSomewhere) imports.found = true;
  // Case: `import('./poller')`: not followed.
  for (const match of (file.source.text.match(specifiers) ?? [])) {
    if (/^import\s*\(/.test(match) && project.resolve(absolute, match.replace(/^[^'"]*['"]|['"]$/g, '')) === target) {
      incomplete(`${file.file} loads its module with import()`);
    }
  }
}

function isCallee(path: NodePath): NodePath<CallExpression | NewExpression> | null {
  let current = path;
  while (current.parentPath && isValueWrapper(current.parent!)) current = current.parentPath;
  const parent = current.parentPath;
  if (parent && (parent.node.type === 'CallExpression' || parent.node.type === 'NewExpression') && current.key === 'callee') {
    return parent as NodePath<CallExpression | NewExpression>;
  }
  return null;
}

/** Calls of a binding in its file; export specifiers are added to `exportNames`, other uses make the answer incomplete. */
function collectReferences(file: ProjectFile, binding: Binding, result: CallSites, exportNames: Set<string>): void {
  forEachDescendant(file.program, (path) => {
    const node = path.node;
    // Case: `<CrashApp />`: a JSX element of a component is a use that is not a call
    if (node.type === 'JSXIdentifier' && node.name === binding.name && isJsxElementName(path) && findBinding(path, node.name)?.identifier === binding.identifier) {
      result.values.push({ file, reference: path });
      return undefined;
    }
    if (node.type !== 'Identifier' || node.name !== binding.name || node === binding.identifier) return undefined;
    if (isNotAReference(path)) return undefined;
    // Case: the name of an overload signature or of the implementation
    if ((path.parent?.type === 'FunctionDeclaration' || path.parent?.type === 'TSDeclareFunction') && path.key === 'id') return undefined;
    if (path.parent?.type === 'ExportSpecifier') {
      const specifier = path.parent;
      if (path.key !== 'local') return undefined;
      exportNames.add(specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value);
      return undefined;
    }
    if (findBinding(path, node.name)?.identifier !== binding.identifier) return undefined;
    // Case: `export default poll`
    if (path.parent?.type === 'ExportDefaultDeclaration') {
      exportNames.add('default');
      return undefined;
    }
    // Case: `module.exports = poll`, `exports.poll = poll`, `module.exports = { poll, start: poll }`
    const commonJs = getCommonJsExportName(path);
    if (commonJs !== null) {
      exportNames.add(commonJs);
      return undefined;
    }
    const call = isCallee(path);
    if (call) result.calls.push({ file, call });
    else result.values.push({ file, reference: path });
    return undefined;
  });
}

function collectNamespaceCalls(file: ProjectFile, namespace: Binding, names: ReadonlySet<string>, result: CallSites, incomplete: (why: string) => void): void {
  forEachDescendant(file.program, (path) => {
    const node = path.node;
    // Case: `<crash.CrashApp />`: a JSX element of an export is a value use of it
    if (node.type === 'JSXIdentifier' && node.name === namespace.name && path.parent?.type === 'JSXMemberExpression' && path.key === 'object' && findBinding(path, node.name)?.identifier === namespace.identifier) {
      if (names.has(path.parent.property.name)) result.values.push({ file, reference: path.parentPath! });
      return undefined;
    }
    if (node.type !== 'Identifier' || node.name !== namespace.name || node === namespace.identifier || isNotAReference(path)) return undefined;
    if (findBinding(path, node.name)?.identifier !== namespace.identifier) return undefined;
    const member = path.parentPath;
    if (member && (member.node.type === 'MemberExpression' || member.node.type === 'OptionalMemberExpression') && path.key === 'object') {
      const name = getPropertyName(member.node);
      if (name !== null && !names.has(name)) return undefined;
      const call = name !== null ? isCallee(member) : null;
      if (call) result.calls.push({ file, call });
      else if (name !== null) result.values.push({ file, reference: member });
      return undefined;
    }
    incomplete(`the namespace ${namespace.name} is passed on in ${file.file}`);
    return undefined;
  });
}

/** The name of a JSX element's opening tag (`<App>`; its closing tag is the same use), or the object of one (`<App.Item>`). */
function isJsxElementName(path: NodePath): boolean {
  const parent = path.parent;
  if (parent?.type === 'JSXMemberExpression') return path.key === 'object' && path.parentPath?.parent?.type !== 'JSXClosingElement';
  return parent?.type === 'JSXOpeningElement' && path.key === 'name';
}

/** Property keys, member properties, type positions: the identifier names no binding there. */
function isNotAReference(path: NodePath): boolean {
  const parent = path.parent as Node | null;
  if (!parent) return true;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && path.key === 'property' && !parent.computed) return true;
  if ((parent.type === 'ObjectProperty' || parent.type === 'ClassProperty' || parent.type === 'ObjectMethod' || parent.type === 'ClassMethod') && path.key === 'key' && !(parent as { computed?: boolean }).computed) {
    // Case: `{ poll }` shorthand is also a value reference — once: the parser gives the key and the value apart.
    return !(parent.type === 'ObjectProperty' && parent.shorthand && parent.value === path.node);
  }
  if (parent.type.startsWith('TS') && !isValueWrapper(parent)) return true;
  return parent.type === 'ImportSpecifier' || parent.type === 'ImportDefaultSpecifier' || parent.type === 'ImportNamespaceSpecifier';
}

/**
 * The name under which a CommonJS export hands the reference at `path` to other files:
 * `module.exports = poll` -> `default` (the module is the function), `exports.poll = poll` /
 * `module.exports.poll = poll` -> `poll`, `module.exports = { poll, start: poll }` -> `poll` /
 * `start` (also written `exports = module.exports = …`); else `null`. Only at the module's top level.
 */
function getCommonJsExportName(path: NodePath): string | null {
  let value: NodePath = path;
  const property = path.parentPath;
  let key: string | null = null;
  if (property?.node.type === 'ObjectProperty' && path.key === 'value' && !property.node.computed) {
    const keyNode = property.node.key;
    key = keyNode.type === 'Identifier' ? keyNode.name : keyNode.type === 'StringLiteral' ? keyNode.value : null;
    if (key === null || property.parentPath?.node.type !== 'ObjectExpression') return null;
    value = property.parentPath;
  }
  const assignment = value.parentPath;
  if (assignment?.node.type !== 'AssignmentExpression' || value.key !== 'right' || assignment.node.operator !== '=') return null;
  // Case: `exports = module.exports = Tray`: the statement's own assignment only rebinds the local `exports`
  let statement = assignment.parentPath;
  const outer = statement?.node;
  if (outer?.type === 'AssignmentExpression' && assignment.key === 'right' && outer.operator === '=' && outer.left.type === 'Identifier' && outer.left.name === 'exports') statement = statement!.parentPath;
  if (statement?.node.type !== 'ExpressionStatement' || statement.parentPath?.node.type !== 'Program') return null;
  const left = assignment.node.left;
  if (left.type !== 'MemberExpression' || left.computed) return null;
  // `module.exports = …`
  if (isCommonJsExports(left) && left.object.type === 'Identifier' && left.object.name === 'module') return key ?? 'default';
  // `exports.poll = …`, `module.exports.poll = …` (not an object's property)
  if (key === null && isCommonJsExports(left.object) && left.property.type === 'Identifier') return left.property.name;
  return null;
}

/** `require('./poller')` (a string literal specifier): the specifier, else `null`. */
function getRequiredSpecifier(node: Node): string | null {
  if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'require' || node.arguments.length !== 1) return null;
  const [argument] = node.arguments;
  return argument?.type === 'StringLiteral' ? argument.value : null;
}

/**
 * The `require()` calls of `target` in a file: the calls of the names it exports. `const poller =
 * require('./poller')` (calls `poller()` of a `module.exports = fn`, `poller.poll()` of a named
 * export), `const { poll, start: begin } = require('./poller')`, `require('./poller').poll()`.
 * `true` when each was followed; another use makes the answer incomplete.
 */
function followRequires(project: ProjectFiles, file: ProjectFile, absolute: string, target: string, names: ReadonlySet<string>, result: CallSites, incomplete: (why: string) => void): boolean {
  let found = false;
  forEachDescendant(file.program, (path) => {
    const specifier = getRequiredSpecifier(path.node);
    if (specifier === null || project.resolve(absolute, specifier) !== target) return undefined;
    const parent = path.parentPath;
    const declarator = parent?.node.type === 'VariableDeclarator' && path.key === 'init' ? parent.node : null;
    const binding = declarator?.id.type === 'Identifier' ? findBinding(path, declarator.id.name) : null;
    if (declarator && binding && declarator.id.type === 'Identifier' && (binding.kind === 'const' || binding.kind === 'let' || binding.kind === 'var')) {
      found = true;
      if (names.has('default')) collectReferences(file, binding, result, new Set());
      else collectNamespaceCalls(file, binding, names, result, incomplete);
      return false;
    }
    if (declarator?.id.type === 'ObjectPattern') {
      for (const property of declarator.id.properties) {
        if (property.type !== 'ObjectProperty' || property.computed || property.value.type !== 'Identifier') {
          incomplete(`${file.file} loads its module with require() in a pattern it cannot follow`);
          continue;
        }
        const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
        if (key === null || !names.has(key)) continue;
        const local = findBinding(path, property.value.name);
        if (local) collectReferences(file, local, result, new Set());
      }
      found = true;
      return false;
    }
    // Case: `require('./poller').poll()`, `require('./poller')()`
    const member = parent?.node.type === 'MemberExpression' && path.key === 'object' && !parent.node.computed ? parent : null;
    const name = member ? getPropertyName(member.node as Extract<Node, { type: 'MemberExpression' }>) : 'default';
    const call = isCallee(member ?? path);
    if (call && name !== null) {
      found = true;
      if (names.has(name)) result.calls.push({ file, call });
      return false;
    }
    incomplete(`${file.file} loads its module with require() in a way it cannot follow`);
    return false;
  });
  return found;
}
