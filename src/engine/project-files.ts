/**
 * The files of one run as the project phase sees them: their original text, parsed once (in
 * the main thread, after every file went through the per-file phase). A lone text (a fixture, a
 * jscodeshift run) is a project of one file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { File } from '@babel/types';
import { detectCodeStyle } from '../core/code-style';
import { markProgramWithoutVar } from '../analysis/syntax/scope';
import { getLanguage } from '../core/language';
import { parseSource } from './parse';
import { resolveProjectSpecifier, resolveSpecifier } from './project-modules';
import type { ProjectFile } from '../core/rule';
import { SourceText } from '../core/source-text';
import { NodePath } from '../core/traverse';

export interface ProjectFiles {
  /** Display paths of every file of the run, sorted. */
  readonly files: readonly string[];
  /** The file of the run at this absolute path, or `null`. */
  displayPathOf(absolutePath: string): string | null;
  absolutePathOf(file: string): string | null;
  /** Original text (BOM excluded), or `null` when it cannot be read. */
  text(file: string): string | null;
  open(file: string): ProjectFile | null;
  /** A file of the project outside the run (package entry points), read and parsed on demand. */
  openAbsolute(absolutePath: string): ProjectFile | null;
  /**
   * Runs `fn`; the files first opened inside it leave the cache when it returns (a later `open`
   * parses them again, with new nodes). Files opened before stay. Without it every AST a plan
   * opens stays in memory until the phase ends (1.7 GB on a 50,000-file monorepo).
   */
  scoped<T>(fn: () => T): T;
  /** The file a relative specifier in `fromFile` names (project-modules.ts `resolveSpecifier`), in the run or not. */
  resolve(fromFile: string, specifier: string): string | null;
  /** Also a non-relative one the nearest tsconfig's `paths` / `baseUrl` maps to a file (project-modules.ts `resolveProjectSpecifier`). */
  resolveAlias(fromFile: string, specifier: string): string | null;
}

export interface RunFile {
  displayPath: string;
  absolutePath: string;
  /** The text when the engine still has it (saves a read). */
  text?: string;
}

const MAX_FILE_SIZE = 1_000_000;

/**
 * `path.resolve` for a path that is usually absolute and normalized already (discovery's):
 * returned as it is then. `path.resolve` of each of the corpus's 4,092 files was about 5 ms of
 * a `--cache` run.
 */
function resolveAbsolute(file: string): string {
  if (path.sep === '/' && file.startsWith('/') && !/\/\.{0,2}(?:\/|$)/.test(file)) return file;
  return path.resolve(file);
}

export function createProjectFiles(runFiles: readonly RunFile[], printWidthOf: (absolutePath: string) => number | undefined = () => undefined): ProjectFiles {
  const byDisplay = new Map(runFiles.map((file) => [file.displayPath, file]));
  const byAbsolute = new Map(runFiles.map((file) => [resolveAbsolute(file.absolutePath), file.displayPath]));
  const texts = new Map<string, string | null>();
  const opened = new Map<string, ProjectFile | null>();
  /** The keys first opened inside each active `scoped` call, innermost last. */
  const scopes: Set<string>[] = [];
  const remember = (key: string, result: ProjectFile | null): void => {
    opened.set(key, result);
    scopes.at(-1)?.add(key);
  };

  function readAbsolute(absolutePath: string, known?: string): string | null {
    if (known !== undefined) return known.replace(/^\uFEFF/, '');
    try {
      if (fs.statSync(absolutePath).size > MAX_FILE_SIZE) return null;
      return fs.readFileSync(absolutePath, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return null;
    }
  }

  function parseFile(display: string, absolutePath: string, text: string | null): ProjectFile | null {
    const info = getLanguage(absolutePath);
    if (text === null || !info || info.container) return null;
    return parseProjectFile(display, absolutePath, text, printWidthOf(absolutePath));
  }

  const files: ProjectFiles = {
    files: [...byDisplay.keys()].sort(),
    displayPathOf: (absolutePath) => byAbsolute.get(resolveAbsolute(absolutePath)) ?? null,
    absolutePathOf: (file) => byDisplay.get(file)?.absolutePath ?? null,
    text(file) {
      if (texts.has(file)) return texts.get(file)!;
      const run = byDisplay.get(file);
      const text = run ? readAbsolute(run.absolutePath, run.text) : null;
      texts.set(file, text);
      return text;
    },
    open(file) {
      if (opened.has(file)) return opened.get(file)!;
      const run = byDisplay.get(file);
      const result = run ? parseFile(file, run.absolutePath, files.text(file)) : null;
      remember(file, result);
      return result;
    },
    openAbsolute(absolutePath) {
      const display = files.displayPathOf(absolutePath);
      if (display !== null) return files.open(display);
      const key = `\0${path.resolve(absolutePath)}`;
      if (opened.has(key)) return opened.get(key)!;
      const result = parseFile(absolutePath, absolutePath, readAbsolute(absolutePath));
      remember(key, result);
      return result;
    },
    scoped(fn) {
      const scope = new Set<string>();
      scopes.push(scope);
      try {
        return fn();
      } finally {
        scopes.pop();
        for (const key of scope) opened.delete(key);
      }
    },
    resolve: resolveSpecifier,
    resolveAlias: resolveProjectSpecifier,
  };
  return files;
}

/** Parses one text into a `ProjectFile`; `null` when it does not parse. */
export function parseProjectFile(display: string, absolutePath: string, text: string, printWidth?: number): ProjectFile | null {
  const info = getLanguage(absolutePath);
  if (!info) return null;
  let ast: File;
  try {
    ast = parseSource(text, info);
  } catch {
    return null;
  }
  return projectFileOf(display, info.language, ast, new SourceText(text), printWidth);
}

/** A `ProjectFile` for an AST the caller already has. */
export function projectFileOf(display: string, language: ProjectFile['language'], ast: File, source: SourceText, printWidth?: number): ProjectFile {
  if (!/\bvar\b/.test(source.text)) markProgramWithoutVar(ast.program);
  const root = new NodePath(ast, null, null, null);
  let style: ProjectFile['style'] | undefined;
  return {
    file: display,
    language,
    ast,
    program: root.child(ast.program, 'program'),
    source,
    get style() {
      return (style ??= detectCodeStyle(ast, source, printWidth));
    },
  };
}
