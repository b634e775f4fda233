/**
 * Builds TypeScript programs with ts-morph (and the TypeScript it bundles): one per tsconfig,
 * and one inferred program for files that no tsconfig includes. This is the only module that
 * loads TypeScript, and it loads it on the first program built (`require` inside a function:
 * importing this module costs nothing).
 */
import path from 'node:path';
import type * as TsMorph from 'ts-morph';

export type Ts = typeof TsMorph.ts;
type TsMorphModule = typeof TsMorph;

let loaded: TsMorphModule | undefined;
/** ts-morph, loaded on first use. */
export function loadTsMorph(): TsMorphModule {
  return (loaded ??= require('ts-morph') as TsMorphModule);
}

/** A tsconfig as TypeScript reads it (`extends` followed), or why it cannot be used. */
export interface ParsedTsconfig {
  file: string;
  /** The absolute files it includes (`files`, `include` minus `exclude`). */
  fileNames: ReadonlySet<string>;
  /** The tsconfig files of its `references`. */
  references: string[];
  /** Why the tsconfig cannot be used (it does not parse, an `extends` is missing), or `null`. */
  error: string | null;
}

export function parseTsconfig(file: string): ParsedTsconfig {
  const { ts } = loadTsMorph();
  const read = ts.readConfigFile(file, ts.sys.readFile);
  if (read.error) return { file, fileNames: new Set(), references: [], error: flatten(ts, read.error.messageText) };
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(file), undefined, file);
  // TS18003 "No inputs were found" is the caller's to judge: a solution tsconfig has no files.
  const fatal = parsed.errors.find((error) => error.code !== 18003 && error.category === ts.DiagnosticCategory.Error);
  return {
    file,
    fileNames: new Set(parsed.fileNames.map((name) => path.resolve(name))),
    references: (parsed.projectReferences ?? []).map((reference) => resolveReference(ts, reference.path)),
    error: fatal ? flatten(ts, fatal.messageText) : null,
  };
}

function resolveReference(ts: Ts, referencePath: string): string {
  return ts.sys.directoryExists(referencePath) ? path.join(referencePath, 'tsconfig.json') : referencePath;
}

function flatten(ts: Ts, message: string | TsMorph.ts.DiagnosticMessageChain): string {
  return ts.flattenDiagnosticMessageText(message, ' ');
}

/** A built program and what the queries need of it. */
export interface TypeProgram {
  ts: Ts;
  program: TsMorph.ts.Program;
  checker: TsMorph.ts.TypeChecker;
  /**
   * The language service over the same files (for references), built on first use; `null`
   * where only a program is at hand (typescript-eslint's): questions that need it are unknown.
   */
  languageService: (() => TsMorph.ts.LanguageService) | null;
  /**
   * Lets go of the program: its language service is disposed and its source files released from
   * the run's store (a file another program still holds stays). Absent where the program is not
   * ours (typescript-eslint's). Nothing may ask the program afterwards.
   */
  release?: () => void;
}

/**
 * Where the programs of one run keep their source files: one TypeScript `DocumentRegistry`
 * (the store tsserver shares between projects), so a file that several tsconfigs include — a
 * monorepo's shared package, the `lib.*.d.ts` every program reads — is parsed and bound once
 * for the run, not once per program. Each program keeps its own checker. Make one per run:
 * a file's text is read once, when a program first needs it.
 */
export type SourceFileStore = TsMorph.ts.DocumentRegistry;

export function createSourceFileStore(): SourceFileStore {
  const { ts } = loadTsMorph();
  return ts.createDocumentRegistry(ts.sys.useCaseSensitiveFileNames, ts.sys.getCurrentDirectory());
}

/**
 * The `lib.*.d.ts` files of the TypeScript ts-morph bundles: ts-morph keeps them in memory (its
 * `@ts-morph/common`), not on disk, under a folder that does not exist (`/node_modules/typescript/lib`).
 */
interface LibFiles {
  folder: string;
  texts: ReadonlyMap<string, string>;
}

let libFiles: LibFiles | undefined;
function loadLibFiles(): LibFiles {
  if (libFiles) return libFiles;
  // @ts-morph/common is ts-morph's own dependency: resolved from ts-morph, wherever npm put it.
  const common = require(require.resolve('@ts-morph/common', { paths: [path.dirname(require.resolve('ts-morph'))] })) as {
    getLibFiles(): { fileName: string; text: string }[];
    libFolderInMemoryPath: string;
  };
  const folder = common.libFolderInMemoryPath;
  const texts = new Map(common.getLibFiles().map((file) => [path.posix.join(folder, file.fileName), file.text] as const));
  return (libFiles = { folder, texts });
}

/** A language service over `rootNames` with `options`, its files from `store`, and its program. */
function buildProgram(store: SourceFileStore, rootNames: readonly string[], options: TsMorph.ts.CompilerOptions, directory: string): TypeProgram {
  const { ts } = loadTsMorph();
  const libs = loadLibFiles();
  const readFile = (file: string): string | undefined => libs.texts.get(file) ?? ts.sys.readFile(file);
  const host: TsMorph.ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [...rootNames],
    // The files do not change during a run (later passes of a fixed file ask through the first pass's text).
    getScriptVersion: () => '0',
    getScriptSnapshot: (file) => {
      const text = readFile(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => directory,
    getDefaultLibFileName: (settings) => path.posix.join(libs.folder, ts.getDefaultLibFileName(settings)),
    fileExists: (file) => libs.texts.has(file) || ts.sys.fileExists(file),
    readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: (directory) => directory === libs.folder || ts.sys.directoryExists(directory),
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
    useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
  };
  const service = ts.createLanguageService(host, store);
  const program = service.getProgram();
  if (!program) throw new Error('TypeScript built no program');
  return { ts, program, checker: program.getTypeChecker(), languageService: () => service, release: () => service.dispose() };
}

/** The program of a tsconfig (read again here, with its `extends`). */
export function buildTsconfigProgram(tsconfig: string, store: SourceFileStore = createSourceFileStore()): TypeProgram {
  const { ts } = loadTsMorph();
  let unrecoverable: string | null = null;
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      unrecoverable = flatten(ts, diagnostic.messageText);
    },
  });
  if (!parsed) throw new Error(unrecoverable ?? `${tsconfig} could not be read`);
  return buildProgram(store, parsed.fileNames, parsed.options, path.dirname(tsconfig));
}

/**
 * The program for files no tsconfig includes: those files (the ones a types-needing rule's
 * prefilter matched) and nothing else — imports between them resolve, other imports do not
 * (`noResolve`: following every relative import of a folder of JavaScript pulled 4,000 files
 * of the bench corpus into one program, 2 GB and minutes). JavaScript allowed (not checked),
 * the libraries of a current runtime (ES2023 and the DOM: browser code calls `fetch`); no
 * automatic `@types` packages.
 */
export function buildInferredProgram(files: readonly string[], store: SourceFileStore = createSourceFileStore()): TypeProgram {
  const { ts } = loadTsMorph();
  const options: TsMorph.ts.CompilerOptions = {
    allowJs: true,
    checkJs: false,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.Preserve,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    experimentalDecorators: true,
    maxNodeModuleJsDepth: 0,
    noResolve: true,
  };
  return buildProgram(store, files.filter((file) => ts.sys.fileExists(file)), options, ts.sys.getCurrentDirectory());
}
