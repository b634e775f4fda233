/**
 * Answers a rule's questions about other files of the project (`ProjectQueries`) by reading
 * and parsing them: which exports of a relative import are promise-returning functions. One
 * cache per process (per worker), so each imported module is read and parsed once per run.
 * Relative specifiers are followed (`./api`, `../lib/files.js`), and non-relative ones the
 * nearest tsconfig's `paths` / `baseUrl` map to a project file (tsconfig-paths.ts); packages are
 * not. Also: whether the file's package is a library (nearest package.json), the module's test
 * files (module-tests.ts), and which methods of an imported Angular service return an
 * HttpClient request.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { File, Node, Program, Statement } from '@babel/types';
import { findTopLevelClasses, walkHttpRequestMethods, type HttpClassWalker, type TopLevelClass } from '../analysis/lifecycle/angular-http-request';
import { isPromiseFunction, isPromisifyCall } from '../analysis/resources/promise-function';
import { findExportedFunction, getReturnedObjectKeys } from '../analysis/syntax/returned-object-keys';
import { findInstanceMethod, getClassMemberName } from '../analysis/syntax/class-member-name';
import { getParameterMemberUses } from '../analysis/syntax/parameter-member-uses';
import { getExportedTypeMembers } from '../analysis/syntax/declared-type-members';
import { getLanguage } from '../core/language';
import { mayHaveDirEntry } from './dir-entries';
import { getAliasCandidatesFrom } from './tsconfig-paths';
import { createModuleTests } from './module-tests';
import { classifyPackageJson, isInstalledPackagePath, type PackageKind } from './package-kind';
import type { FolderNegations } from './node-modules-negation';
import { isElectronAppDirectory } from './electron-app';
import { parseSource } from './parse';
import { findRejectionHandlers, handlerFor, type RejectionHandlerSite } from './rejection-handler';
import type { ModuleTest, ProjectQueries } from '../core/rule';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** `./x.js` written in TypeScript sources names `./x.ts` (node16/nodenext/bundler resolution). */
const SOURCE_FOR_OUTPUT: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };
const MAX_REEXPORT_DEPTH = 5;
/** Larger modules are not read (their answers are `null`). */
export const MAX_MODULE_SIZE = 1_000_000;
const MAY_EXPORT_PROMISE_FUNCTIONS = /\basync\b|\bPromise\b|promisify|\bexport\s*\*|\bexport\s*(?:type\s*)?\{[^}]*\}\s*from\b/;

/** What an export is, as far as this module's text shows. */
type ExportInfo = { kind: 'promise-function' } | { kind: 'other' } | { kind: 'reexport'; from: string; name: string };

interface ModuleExports {
  exports: Map<string, ExportInfo>;
  /** `export * from './x'` */
  starFrom: string[];
}

/**
 * What the answers for one file were read from (for `--cache`): every relative specifier
 * resolved, and a hash of every module read (`null`: it could not be read). Unchanged
 * resolutions and hashes give the same answers.
 */
export interface ModuleTrace {
  resolved: [from: string, specifier: string, target: string | null][];
  read: Record<string, string | null>;
  /** The test file names of each folder `getModuleTests` looked in (module-tests.ts `testFolderKey`). */
  listed?: Record<string, string | null>;
}

export function createProjectModules(): (absoluteFilePath: string, trace?: ModuleTrace) => ProjectQueries {
  const modules = new Map<string, ModuleExports | null>();
  const moduleTests = createModuleTests({ resolve: resolveSpecifier, hash: hashModuleFile, maxSize: MAX_MODULE_SIZE });
  const hashes = new Map<string, string | null>();
  let tracing: ModuleTrace | undefined;
  const resolveTraced = (from: string, specifier: string): string | null => {
    const target = resolveProjectSpecifier(from, specifier);
    tracing?.resolved.push([from, specifier, target]);
    return target;
  };

  function read(file: string): ModuleExports | null {
    if (modules.has(file)) {
      if (tracing) tracing.read[file] = hashes.get(file) ?? null;
      return modules.get(file)!;
    }
    let result: ModuleExports | null = null;
    hashes.set(file, null);
    try {
      const info = getLanguage(file);
      const stat = fs.statSync(file);
      const bytes = info && stat.size <= MAX_MODULE_SIZE ? fs.readFileSync(file) : null;
      if (bytes) hashes.set(file, hashModuleFile(bytes));
      const text = bytes ? bytes.toString('utf8').replace(/^\uFEFF/, '') : null;
      // Cheap before expensive: a module that declares no async work and re-exports nothing
      // has no promise-returning export, and is not parsed.
      if (text !== null && !MAY_EXPORT_PROMISE_FUNCTIONS.test(text)) result = { exports: new Map(), starFrom: [] };
      else if (text !== null) result = readExports(parseSource(text, info!));
    } catch {
      result = null;
    }
    modules.set(file, result);
    if (tracing) tracing.read[file] = hashes.get(file) ?? null;
    return result;
  }

  function lookup(file: string, name: string, depth: number): boolean | null {
    if (depth > MAX_REEXPORT_DEPTH) return null;
    const module = read(file);
    if (!module) return null;
    const info = module.exports.get(name);
    if (info) {
      if (info.kind !== 'reexport') return info.kind === 'promise-function';
      const target = resolveTraced(file, info.from);
      return target ? lookup(target, info.name, depth + 1) : null;
    }
    if (name === 'default') return null;
    for (const from of module.starFrom) {
      const target = resolveTraced(file, from);
      const answer = target ? lookup(target, name, depth + 1) : null;
      if (answer !== null) return answer;
    }
    return null;
  }

  /** The kind of the package whose package.json is nearest above `dir` (cached per folder). */
  const packageKinds = new Map<string, PackageKind | null>();
  /** `.gitignore` negations naming node_modules, by folder (a re-included node_modules is not installed code). */
  const gitignoreNegations: FolderNegations = new Map();
  function packageKindOf(dir: string): PackageKind | null {
    if (packageKinds.has(dir)) return packageKinds.get(dir)!;
    let kind: PackageKind | null;
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        kind = classifyPackageJson(JSON.parse(fs.readFileSync(manifest, 'utf8')), dir);
        // Case: the app directory of an electron-builder app: its `main` is the app's main process
        if (kind === 'library' && isElectronAppDirectory(dir)) kind = 'application';
      } catch {
        kind = null;
      }
    } else {
      const parent = path.dirname(dir);
      kind = parent === dir ? null : packageKindOf(parent);
    }
    packageKinds.set(dir, kind);
    return kind;
  }

  /** The folder of the nearest package.json above `dir` (cached per folder), or `null`. */
  const packageDirs = new Map<string, string | null>();
  function packageDirOf(dir: string): string | null {
    if (packageDirs.has(dir)) return packageDirs.get(dir)!;
    const parent = path.dirname(dir);
    const found = fs.existsSync(path.join(dir, 'package.json')) ? dir : parent === dir ? null : packageDirOf(parent);
    packageDirs.set(dir, found);
    return found;
  }
  const rejectionHandlers = new Map<string, RejectionHandlerSite[]>();

  /**
   * A module's text (without a byte order mark) and language, its hash kept for the asker's trace
   * (`--cache`); `null` for a file that is no source or is too big. Throws when it cannot be read.
   */
  function readModuleSource(file: string): { text: string; info: NonNullable<ReturnType<typeof getLanguage>> } | null {
    if (!hashes.has(file)) hashes.set(file, null);
    const info = getLanguage(file);
    if (!info || fs.statSync(file).size > MAX_MODULE_SIZE) return null;
    const bytes = fs.readFileSync(file);
    hashes.set(file, hashModuleFile(bytes));
    return { text: bytes.toString('utf8').replace(/^\uFEFF/, ''), info };
  }

  /** Per module: its top-level classes (angular-http-request.ts), when it could make or inherit a request. */
  const httpClasses = new Map<string, Map<string, TopLevelClass> | null>();
  function readClasses(file: string): Map<string, TopLevelClass> | null {
    if (!httpClasses.has(file)) {
      let classes: Map<string, TopLevelClass> | null = null;
      try {
        const source = readModuleSource(file);
        // Cheap before expensive: a module that neither names HttpClient nor extends a class makes no request.
        if (source) classes = source.text.includes('HttpClient') || /\bextends\b/.test(source.text) ? findTopLevelClasses(parseSource(source.text, source.info).program) : new Map();
      } catch {
        classes = null;
      }
      httpClasses.set(file, classes);
    }
    if (tracing) tracing.read[file] = hashes.get(file) ?? null;
    return httpClasses.get(file)!;
  }
  /**
   * The module that declares the class `name` exports from `file`: `file` itself, or the one a
   * re-export leads to (`export * from './tag.service'`, `export { TagService } from …`), the
   * way `import { TagService } from '../services'` reaches it through the folder's barrel.
   */
  function locateClass(file: string, name: string, depth: number): { file: string; name: string } | null {
    if (readClasses(file)?.has(name)) return { file, name };
    if (depth >= MAX_REEXPORT_DEPTH) return null;
    const module = read(file);
    if (!module) return null;
    const info = module.exports.get(name);
    if (info) {
      if (info.kind !== 'reexport') return null;
      const target = resolveTraced(file, info.from);
      return target ? locateClass(target, info.name, depth + 1) : null;
    }
    if (name === 'default') return null;
    for (const from of module.starFrom) {
      const target = resolveTraced(file, from);
      const found = target ? locateClass(target, name, depth + 1) : null;
      if (found) return found;
    }
    return null;
  }
  const httpWalker: HttpClassWalker<{ file: string; name: string }> = {
    entry: ({ file, name }) => readClasses(file)?.get(name) ?? null,
    base: ({ file }, base) => {
      if ('local' in base) return { file, name: base.local };
      const target = resolveTraced(file, base.specifier);
      return target ? locateClass(target, base.exportName, 0) : null;
    },
  };
  /**
   * Each class's methods that return an Angular HttpClient request, with those of its base
   * classes (four deep). Worked out on every ask (each module is parsed once): every module and
   * specifier of the chain goes into the asker's trace, so `--cache` sees a base class change.
   */
  function readHttpMethods(file: string, className: string): Set<string> | null {
    const declared = locateClass(file, className, 0);
    return declared ? walkHttpRequestMethods(declared, httpWalker) : null;
  }

  /** Per module: its parsed program, for the functions it exports (returned-object-keys.ts). */
  const programs = new Map<string, Program | null>();
  function readProgram(file: string): Program | null {
    if (!programs.has(file)) {
      let program: Program | null = null;
      try {
        const source = readModuleSource(file);
        if (source) program = parseSource(source.text, source.info).program;
      } catch {
        program = null;
      }
      programs.set(file, program);
    }
    if (tracing) tracing.read[file] = hashes.get(file) ?? null;
    return programs.get(file)!;
  }

  /**
   * Whether the class `name` of `file`, or a base class of it (in its file or imported, four
   * deep), declares the instance method `method` with a body; `null` when a class of the chain
   * cannot be read (see `ProjectQueries.getClassMethodDeclared`).
   */
  function declaresMethod(file: string, name: string, method: string, depth: number): boolean | null {
    const program = readProgram(file);
    const entry = program ? findTopLevelClasses(program).get(name) : undefined;
    if (!entry) return null;
    const declared = findInstanceMethod(entry.node, method);
    if (declared !== 'none') return declared === 'body' ? true : null;
    if (!entry.node.superClass) return false;
    if (!entry.base || depth >= 4) return null;
    if ('local' in entry.base) return declaresMethod(file, entry.base.local, method, depth + 1);
    const target = resolveTraced(file, entry.base.specifier);
    return target ? declaresMethod(target, entry.base.exportName, method, depth + 1) : null;
  }

  return (absoluteFilePath, trace) => {
    let tests: ModuleTest[] | undefined;
    return {
      isPromiseFunctionExport(specifier, exportName) {
        tracing = trace;
        try {
          const target = resolveTraced(absoluteFilePath, specifier);
          return target ? lookup(target, exportName, 0) : null;
        } finally {
          tracing = undefined;
        }
      },
      // The type layer's answers are added per file by the engine (lint-source.ts).
      types: null,
      getPackageKind() {
        return isInstalledPackagePath(absoluteFilePath, gitignoreNegations) ? 'library' : packageKindOf(path.dirname(absoluteFilePath));
      },
      getRejectionHandler(environment) {
        const dir = packageDirOf(path.dirname(absoluteFilePath));
        if (dir === null) return null;
        if (!rejectionHandlers.has(dir)) rejectionHandlers.set(dir, findRejectionHandlers(dir));
        return handlerFor(rejectionHandlers.get(dir)!, environment);
      },
      getAngularHttpMethods(specifier, exportName) {
        tracing = trace;
        try {
          const target = resolveTraced(absoluteFilePath, specifier);
          return target ? readHttpMethods(target, exportName) : null;
        } finally {
          tracing = undefined;
        }
      },
      getReturnedObjectKeys(specifier, exportName) {
        tracing = trace;
        try {
          const target = resolveTraced(absoluteFilePath, specifier);
          const program = target ? readProgram(target) : null;
          const fn = program ? findExportedFunction(program, exportName) : null;
          return fn ? getReturnedObjectKeys(fn) : null;
        } finally {
          tracing = undefined;
        }
      },
      getClassMethodDeclared(specifier, exportName, method) {
        tracing = trace;
        try {
          const target = resolveTraced(absoluteFilePath, specifier);
          return target ? declaresMethod(target, exportName, method, 0) : null;
        } finally {
          tracing = undefined;
        }
      },
      getParameterMemberUses(specifier, exportName, member, index) {
        tracing = trace;
        try {
          const target = resolveTraced(absoluteFilePath, specifier);
          const program = target ? readProgram(target) : null;
          if (!program) return null;
          const fn = member === null ? findExportedFunction(program, exportName) : findStaticMethod(program, exportName, member);
          return fn ? getParameterMemberUses(fn, index) : null;
        } finally {
          tracing = undefined;
        }
      },
      getTypeMembers(specifier, exportName, memberPath) {
        tracing = trace;
        try {
          const target = resolveTraced(absoluteFilePath, specifier);
          const program = target ? readProgram(target) : null;
          return program ? getExportedTypeMembers(program, exportName, memberPath) : null;
        } finally {
          tracing = undefined;
        }
      },
      // Once per file: every pass of the fix loop asks the same.
      getModuleTests() {
        return (tests ??= isInstalledPackagePath(absoluteFilePath) ? [] : moduleTests(absoluteFilePath, trace));
      },
    };
  };
}

/** The static method `member` (with a body) of the top-level class `className` of `program`. */
function findStaticMethod(program: Program, className: string, member: string): Node | null {
  const entry = findTopLevelClasses(program).get(className);
  const method = entry?.node.body.body.find((candidate) => candidate.type === 'ClassMethod' && candidate.static && candidate.kind === 'method' && getClassMemberName(candidate) === member);
  return method ?? null;
}

/** The hash a `ModuleTrace` records for a module's bytes. */
export function hashModuleFile(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The file a relative specifier names, or `null` (packages, aliases, missing files). */
export function resolveSpecifier(fromFile: string, specifier: string): string | null {
  return resolveSpecifierFrom(path.dirname(fromFile), specifier);
}

/** `resolveSpecifier` from a folder: what a specifier names depends only on the folder it is written in. */
export function resolveSpecifierFrom(fromDir: string, specifier: string): string | null {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  return resolveBase(path.resolve(fromDir, specifier));
}

/**
 * The project file a specifier names: a relative one as `resolveSpecifier`, a non-relative one
 * through the nearest tsconfig's `paths` and `baseUrl` (tsconfig-paths.ts); `null` for packages
 * and missing files.
 */
export function resolveProjectSpecifier(fromFile: string, specifier: string): string | null {
  return resolveProjectSpecifierFrom(path.dirname(fromFile), specifier);
}

/** `resolveProjectSpecifier` from a folder: the answer depends only on the folder it is written in. */
export function resolveProjectSpecifierFrom(fromDir: string, specifier: string): string | null {
  if (specifier.startsWith('./') || specifier.startsWith('../')) return resolveSpecifierFrom(fromDir, specifier);
  if (specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  for (const base of getAliasCandidatesFrom(fromDir, specifier)) {
    const target = resolveBase(base);
    if (target) return target;
  }
  return null;
}

/** The source file for a module path without (or with an output) extension: `x.ts`, `x/index.ts`. */
function resolveBase(base: string): string | null {
  const dir = path.dirname(base);
  const name = path.basename(base);
  // The folders' listings first (one readdir per folder and run): most candidates do not exist,
  // and a failed stat throws, which costs more than the lookup.
  const extension = path.extname(name);
  const names = [name];
  for (const replacement of SOURCE_FOR_OUTPUT[extension] ?? []) names.push(name.slice(0, -extension.length) + replacement);
  for (const added of EXTENSIONS) names.push(name + added);
  for (const candidateName of names) {
    if (!mayHaveDirEntry(dir, candidateName)) continue;
    const found = existingSourceFile(path.join(dir, candidateName));
    if (found) return found;
  }
  // `base` as a folder: only when its parent lists it (a folder that is not there has no index).
  if (name !== '' && !mayHaveDirEntry(dir, name)) return null;
  for (const added of EXTENSIONS) {
    if (!mayHaveDirEntry(base, `index${added}`)) continue;
    const found = existingSourceFile(path.join(base, `index${added}`));
    if (found) return found;
  }
  return null;
}

function existingSourceFile(candidate: string): string | null {
  if (!getLanguage(candidate)) return null;
  try {
    return fs.statSync(candidate, { throwIfNoEntry: false })?.isFile() ? candidate : null;
  } catch {
    return null;
  }
}

function readExports(ast: File): ModuleExports {
  const exports = new Map<string, ExportInfo>();
  const starFrom: string[] = [];
  const locals = new Map<string, Node>();
  for (const statement of ast.program.body) collectLocal(statement, locals);
  const describe = (node: Node | undefined): ExportInfo => ({ kind: isPromiseValue(node) ? 'promise-function' : 'other' });
  for (const statement of ast.program.body) {
    // Case: `export async function f() {}`, `export const f = async () => {}`
    if (statement.type === 'ExportNamedDeclaration') {
      if (statement.declaration) {
        const declared = new Map<string, Node>();
        collectLocal(statement.declaration, declared);
        for (const [name, node] of declared) exports.set(name, describe(node));
      }
      for (const specifier of statement.specifiers) {
        const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value;
        // Case: `export { f as g } from './x'`
        if (statement.source && specifier.type === 'ExportSpecifier') exports.set(exported, { kind: 'reexport', from: statement.source.value, name: specifier.local.name });
        // Case: `export { f, g as h }`
        else if (specifier.type === 'ExportSpecifier') exports.set(exported, describe(locals.get(specifier.local.name)));
      }
    }
    // Case: `export default async function () {}`, `export default f`
    if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration as Node;
      exports.set('default', describe(declaration.type === 'Identifier' ? locals.get(declaration.name) : declaration));
    }
    // Case: `export * from './x'`
    if (statement.type === 'ExportAllDeclaration' && !(statement as { exported?: unknown }).exported) starFrom.push(statement.source.value);
  }
  return { exports, starFrom };
}

function collectLocal(statement: Statement | Node, into: Map<string, Node>): void {
  if ((statement.type === 'FunctionDeclaration' || statement.type === 'TSDeclareFunction') && statement.id) {
    // Overloads: the implementation (last) decides, and all overloads share a return type.
    into.set(statement.id.name, statement);
  } else if (statement.type === 'VariableDeclaration' && statement.kind === 'const') {
    for (const declarator of statement.declarations) if (declarator.id.type === 'Identifier') into.set(declarator.id.name, declarator);
  }
}

function isPromiseValue(node: Node | undefined): boolean {
  if (!node) return false;
  // Case: `const f = async () => {}`, `const run = promisify(exec)`
  if (node.type === 'VariableDeclarator') return isPromiseFunction(node.init) || isPromisifyCall(node.init);
  return isPromiseFunction(node);
}
