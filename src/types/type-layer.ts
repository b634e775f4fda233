/**
 * The type layer of one run: shared by every rule and every file, lazy at every step.
 *
 * - Nothing is loaded until a rule asks a question (`TypeQueries`) of a file: a run whose rules
 *   never ask (or whose prefilters match no file) never loads TypeScript.
 * - A file's program is the one of the nearest `tsconfig.json` above it (or of a tsconfig its
 *   `references` name, when that one includes the file); one program per tsconfig. Files that
 *   no tsconfig includes share one inferred program over the candidate files the engine names
 *   (`setInferredRoots`: the files some types-needing rule's prefilter matched).
 * - Degrades, never fails: a tsconfig that does not parse, that includes no file, a program
 *   that cannot be built → the file's queries are `null` and the rule keeps its syntactic
 *   answers; `describe()` says what was used and what went wrong, for `summary.typeInfo`.
 * - Holds what it can afford: before a program is built, when the heap is past
 *   `HEAP_SHARE_BEFORE_RELEASE` of V8's limit, the programs used least recently are let go (all
 *   but the last one used); a file whose program was let go gets it built again when asked.
 *   A monorepo's hundreds of tsconfigs (ever-co/ever-gauzy: 279) no longer pile up past the
 *   heap's limit and end the run out of memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { TypeInfo } from '../core/finding';
import type { TypeQueries } from '../core/rule';
import { createTsconfigFinder } from './find-tsconfig';
import { buildInferredProgram, buildTsconfigProgram, createSourceFileStore, parseTsconfig, type ParsedTsconfig, type SourceFileStore, type TypeProgram } from './programs';
import { createTypeQueries, programTextOffset } from './type-queries';

/** The answers for one file, for the text the rule sees (all `null` when the program read another text). */
export interface FileTypes {
  forText(text: string): TypeQueries;
}

export interface TypeLayer {
  /**
   * The candidate files (those a types-needing rule's prefilter matched), with their sizes in
   * bytes; the ones no tsconfig includes make the inferred program (call before queries).
   */
  setInferredRoots(files: readonly { path: string; size: number }[]): void;
  /** The type answers for a file, built on first question. */
  forFile(absolutePath: string): FileTypes;
  /** What was used, for `summary.typeInfo`. */
  describe(): TypeInfo;
  /** How many programs were built (a program built again after it was let go counts again) and let go. */
  stats(): { built: number; released: number };
}

export interface TypeLayerOptions {
  /** Where tsconfig discovery stops going up (the repository root or the working directory). */
  stopAt: string;
  /** Paths in `describe()` are relative to it. */
  cwd: string;
  /** The heap's use and limit in bytes (default: V8's statistics of this thread; tests give their own). */
  heapStatistics?: () => { used: number; limit: number };
}

/**
 * Past this share of V8's heap limit, building another program first lets go of the ones used
 * least recently. Half leaves room for the program about to be built (one tsconfig of a large
 * app takes hundreds of MB) and for the garbage V8 has not collected yet, which the figure
 * counts too.
 */
export const HEAP_SHARE_BEFORE_RELEASE = 0.5;
/** Programs kept however full the heap is: the one in use and the one before it (a package's `tsconfig.lib.json` and `tsconfig.spec.json`, whose files alternate in path order). */
const PROGRAMS_ALWAYS_KEPT = 2;

function v8HeapStatistics(): { used: number; limit: number } {
  const statistics = v8.getHeapStatistics();
  return { used: statistics.used_heap_size, limit: statistics.heap_size_limit };
}

const MAX_REFERENCE_DEPTH = 4;
/**
 * The most source the inferred program takes, in bytes. Without a tsconfig the checker infers
 * every JavaScript function's types from its body: on the bench corpus (602 prefiltered files
 * of unrelated libraries, 9 MB) the inferred program made the dry run 5× slower and took
 * 1.3 GB. Above this, those files get syntactic answers and `typeInfo.problems` says why.
 */
export const MAX_INFERRED_BYTES = 2 * 1024 * 1024;
const INFERRED = '(inferred)';

type ProgramState = { program: TypeProgram; released?: true } | { error: string };

export function createTypeLayer(options: TypeLayerOptions): TypeLayer {
  const findTsconfig = createTsconfigFinder(options.stopAt);
  const parsed = new Map<string, ParsedTsconfig>();
  // In the order of last use (a use moves its program to the end): the first ones go first.
  const programs = new Map<string, ProgramState>();
  const used = new Set<string>();
  const heapStatistics = options.heapStatistics ?? v8HeapStatistics;
  let built = 0;
  let released = 0;
  const problems = new Map<string, string>();
  let inferredRoots: { path: string; size: number }[] = [];
  let asked = false;
  // One store of source files for every program of the run, made when the first program is
  // built: making it loads TypeScript, which a run whose only program is refused (an inferred
  // program over its size limit) must not pay for (130 MB on the bench corpus).
  let store: SourceFileStore | undefined;
  const sourceFileStore = (): SourceFileStore => (store ??= createSourceFileStore());

  const parse = (file: string): ParsedTsconfig => {
    let result = parsed.get(file);
    if (!result) {
      try {
        result = parseTsconfig(file);
      } catch (error) {
        result = { file, fileNames: new Set(), references: [], error: (error as Error).message };
      }
      parsed.set(file, result);
      if (result.error) problems.set(file, `${relative(file)} could not be used (${result.error}${missingInstallHint(file, result.error, options.stopAt)})`);
    }
    return result;
  };

  /** The tsconfig whose program holds the file, `INFERRED`, or `null` (syntactic answers). */
  const programKeyOf = (file: string): string | null => {
    const nearest = findTsconfig(file);
    if (!nearest) return INFERRED;
    const config = parse(nearest);
    if (config.error) return null;
    const including = findIncluding(config, file, 0, new Set());
    if (including) return including;
    if (config.fileNames.size === 0 && config.references.length === 0) {
      problems.set(nearest, `${relative(nearest)} includes no files`);
      return null;
    }
    // Case: a file its tsconfig excludes (a test, a script): the inferred program
    return INFERRED;
  };

  const findIncluding = (config: ParsedTsconfig, file: string, depth: number, visited: Set<string>): string | null => {
    if (config.error || visited.has(config.file)) return null;
    visited.add(config.file);
    if (config.fileNames.has(file)) return config.file;
    if (depth >= MAX_REFERENCE_DEPTH) return null;
    for (const reference of config.references) {
      const found = findIncluding(parse(reference), file, depth + 1, visited);
      if (found) return found;
    }
    return null;
  };

  /** Lets go of the programs used least recently, all but the last one, when the heap is past its share. */
  const releaseUnderPressure = (): void => {
    const heap = heapStatistics();
    if (heap.used < heap.limit * HEAP_SHARE_BEFORE_RELEASE) return;
    const held = [...programs].filter((entry): entry is [string, { program: TypeProgram; released?: true }] => 'program' in entry[1]);
    for (const [key, state] of held.slice(0, Math.max(0, held.length - (PROGRAMS_ALWAYS_KEPT - 1)))) {
      programs.delete(key);
      state.released = true;
      released++;
      state.program.release?.();
    }
  };

  const programFor = (key: string): ProgramState => {
    let state = programs.get(key);
    if (state) {
      programs.delete(key);
      programs.set(key, state);
    } else {
      try {
        releaseUnderPressure();
        state = { program: key === INFERRED ? buildInferred() : buildTsconfigProgram(key, sourceFileStore()) };
        built++;
        used.add(key);
      } catch (error) {
        state = { error: (error as Error).message.split('\n')[0]! };
        problems.set(key, `${key === INFERRED ? 'the program for files without a tsconfig' : relative(key)} could not be built (${state.error})`);
      }
      programs.set(key, state);
    }
    return state;
  };

  const buildInferred = (): TypeProgram => {
    const roots = inferredRoots.filter((root) => programKeyOf(root.path) === INFERRED);
    const bytes = roots.reduce((sum, root) => sum + root.size, 0);
    if (bytes > MAX_INFERRED_BYTES) {
      throw new Error(`${roots.length} files without a tsconfig, ${(bytes / 1024 / 1024).toFixed(1)} MB: more than the ${MAX_INFERRED_BYTES / 1024 / 1024} MB an inferred program takes; add a tsconfig.json`);
    }
    return buildInferredProgram(roots.map((root) => root.path), sourceFileStore());
  };

  const relative = (file: string): string => path.relative(options.cwd, file).split(path.sep).join('/') || file;

  const forFile = (absolutePath: string): FileTypes => {
    const file = path.resolve(absolutePath);
    let queries: TypeQueries | null | undefined;
    let programText: string | undefined;
    let offset = 0;
    // The program the queries were made from: when it is let go, the next question builds it again.
    let loadedFrom: { released?: true } | undefined;
    let loads = 0;
    const load = (): void => {
      asked = true;
      queries = null;
      const key = programKeyOf(file);
      if (key === null) return;
      const state = programFor(key);
      if (!('program' in state)) return;
      loadedFrom = state;
      const sourceFile = state.program.program.getSourceFile(file);
      if (!sourceFile) return;
      offset = sourceFile.text.startsWith('\uFEFF') ? 1 : 0;
      programText = sourceFile.text;
      queries = createTypeQueries(state.program, sourceFile, offset);
    };
    return {
      forText(text) {
        // Lazy: the program is built on the first question, not here.
        let checked: TypeQueries | null | undefined;
        let checkedLoad = -1;
        const get = (): TypeQueries | null => {
          if (loadedFrom?.released) {
            loadedFrom = undefined;
            queries = undefined;
            loads++;
          }
          if (checked !== undefined && checkedLoad === loads) return checked;
          if (queries === undefined) load();
          checked = queries && programText !== undefined && programTextOffset(programText, text) === offset ? queries : null;
          checkedLoad = loads;
          return checked;
        };
        let directives: number[] | undefined;
        const underDirective = (node: { start?: number | null; end?: number | null }): boolean => isUnderTypeErrorDirective(text, (directives ??= findTypeErrorDirectives(text)), node);
        return {
          promiseLike: (node) => (underDirective(node) ? null : (get()?.promiseLike(node) ?? null)),
          isPromiseLike: (node) => (underDirective(node) ? null : (get()?.isPromiseLike(node) ?? null)),
          hasMethod: (node, name, count) => (underDirective(node) ? null : (get()?.hasMethod(node, name, count) ?? null)),
          callSites: (node) => get()?.callSites(node) ?? null,
          parameterType: (node, index) => get()?.parameterType(node, index) ?? null,
        };
      },
    };
  };

  return {
    setInferredRoots(files) {
      inferredRoots = files.map((file) => ({ path: path.resolve(file.path), size: file.size }));
    },
    forFile,
    stats: () => ({ built, released }),
    describe() {
      const tsconfigs = [...used].filter((key) => key !== INFERRED).map(relative).sort();
      const info: TypeInfo = { tsconfigs, inferredProgram: used.has(INFERRED), problems: [...problems.values()].sort() };
      if (tsconfigs.length === 0 && !info.inferredProgram) info.none = asked ? 'no program could be built' : 'no file needed type information';
      return info;
    },
  };
}

const TYPE_ERROR_DIRECTIVE = /@ts-(?:expect-error|ignore)\b/g;

/** The offsets of every `@ts-expect-error` / `@ts-ignore` in the text, ascending (found once per file). */
function findTypeErrorDirectives(text: string): number[] {
  if (!text.includes('@ts-')) return [];
  return [...text.matchAll(TYPE_ERROR_DIRECTIVE)].map((match) => match.index!);
}

/**
 * A `// @ts-expect-error` or `// @ts-ignore` on the line before the node or on its lines: the
 * checker finds an error there, and what it says the node is is a guess — for a call it cannot
 * resolve, the overload it reports (vite's type tests call an overloaded `defineConfig(…)` with
 * invalid options on purpose, and the checker picked the overload returning a promise). The
 * rule's syntactic answer stands. `directives`: findTypeErrorDirectives(text), so that a question
 * costs a binary search, not a scan of the text (the rules ask it for every candidate).
 */
function isUnderTypeErrorDirective(text: string, directives: readonly number[], node: { start?: number | null; end?: number | null }): boolean {
  if (directives.length === 0 || node.start == null || node.end == null) return false;
  const lineStart = text.lastIndexOf('\n', node.start - 1) + 1;
  const from = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
  let low = 0;
  let high = directives.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (directives[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < directives.length && directives[low]! < node.end;
}

/**
 * `; node_modules is missing: …` when a tsconfig's `extends` names a package (a monorepo's
 * `@acme/tsconfig/base.json`) and no `node_modules` lies between the tsconfig and `stopAt`:
 * the dependencies were not installed (a PR bot that checked out without installing).
 */
export function missingInstallHint(tsconfig: string, error: string, stopAt: string): string {
  const missing = /File '([^']+)' not found/.exec(error)?.[1];
  if (!missing || missing.startsWith('.') || path.isAbsolute(missing)) return '';
  const top = path.resolve(stopAt);
  for (let dir = path.dirname(path.resolve(tsconfig)); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'node_modules'))) return '';
    if (dir === top || path.dirname(dir) === dir || !dir.startsWith(top)) break;
  }
  return '; node_modules is missing: install the dependencies for type information';
}
