/**
 * "The output must type-check wherever the input did": compiles a rule's TypeScript fixtures
 * (strict, DOM + Node types, React JSX) and returns the diagnostics per case, without
 * positions (a fix moves lines), so a test can compare inputs with outputs.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');

export const FIXTURE_COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.dom.d.ts', 'lib.es2023.d.ts', 'lib.esnext.disposable.d.ts'],
  types: ['node'],
  typeRoots: [path.join(ROOT, 'node_modules/@types')],
  jsx: ts.JsxEmit.ReactJSX,
  experimentalDecorators: true,
  noEmit: true,
  skipLibCheck: true,
};

export function fixtureDir(rule: string): string {
  return path.join(ROOT, '__testfixtures__', rule);
}

/** Names of the rule's `.ts`/`.tsx` cases that have an output (skip cases have none). */
export function listTypeScriptCases(rule: string): string[] {
  return fs
    .readdirSync(fixtureDir(rule))
    .filter((file) => /\.input\.tsx?$/.test(file) && !file.startsWith('skip-'))
    .map((file) => file.replace(/\.input\.tsx?$/, ''));
}

export interface DiagnoseOptions {
  /** Extra declarations compiled with the fixtures, instead of @types/node (`types: []`). */
  replaceNodeTypes?: { fileName: string; text: string };
  /** Extra declarations compiled with the fixtures, next to @types/node (e.g. `declare module 'axios'`). */
  addDeclarations?: { fileName: string; text: string };
  /** The text to compile for a fixture file instead of the file's own (e.g. an input fixed under another target). */
  textOf?: (fileName: string) => string | undefined;
}

export function diagnoseFixtures(rule: string, cases: readonly string[], kind: 'input' | 'output', options: DiagnoseOptions = {}): Map<string, string[]> {
  const dir = fixtureDir(rule);
  const all = fs.readdirSync(dir);
  const files = cases.map((name) => path.join(dir, all.find((file) => file.startsWith(`${name}.${kind}.`) && /\.tsx?$/.test(file))!));
  const extra = options.replaceNodeTypes ?? options.addDeclarations;
  const compilerOptions = options.replaceNodeTypes ? { ...FIXTURE_COMPILER_OPTIONS, types: [] } : FIXTURE_COMPILER_OPTIONS;
  const host = ts.createCompilerHost(compilerOptions);
  if (options.textOf) {
    const textOf = options.textOf;
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, ...rest) => {
      const text = textOf(path.resolve(fileName));
      return text === undefined ? getSourceFile(fileName, languageVersion, ...rest) : ts.createSourceFile(fileName, text, languageVersion);
    };
  }
  if (extra) {
    const extraPath = path.resolve(extra.fileName);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, ...rest) =>
      path.resolve(fileName) === extraPath ? ts.createSourceFile(fileName, extra.text, languageVersion) : getSourceFile(fileName, languageVersion, ...rest);
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (fileName) => path.resolve(fileName) === extraPath || fileExists(fileName);
  }
  const program = ts.createProgram([...files, ...(extra ? [path.resolve(extra.fileName)] : [])], compilerOptions, host);
  const byCase = new Map<string, string[]>(cases.map((name) => [name, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file ? path.basename(diagnostic.file.fileName) : '';
    const name = file.replace(/\.(input|output)\.tsx?$/, '');
    const message = `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    const list = byCase.get(name);
    if (list) list.push(message);
    else throw new Error(`diagnostic outside the fixtures: ${file} ${message}`);
  }
  for (const list of byCase.values()) list.sort();
  return byCase;
}

/**
 * Diagnostics other than "cannot find module": whether a module resolves depends on the
 * project (a fix may import a configured helper module or another entry point of a framework
 * that is not installed here), not on the fix.
 */
export function withoutMissingModules(list: readonly string[] | undefined): string[] {
  return (list ?? []).filter((message) => !message.startsWith('TS2307:'));
}
