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
}

function toTypeProgram(project: TsMorph.Project): TypeProgram {
  const { ts } = loadTsMorph();
  const program = project.getProgram().compilerObject;
  return {
    ts,
    program,
    checker: program.getTypeChecker(),
    languageService: () => project.getLanguageService().compilerObject,
  };
}

/** The program of a tsconfig (ts-morph reads it again, with its `extends`). */
export function buildTsconfigProgram(tsconfig: string): TypeProgram {
  const { Project } = loadTsMorph();
  return toTypeProgram(new Project({ tsConfigFilePath: tsconfig }));
}

/**
 * The program for files no tsconfig includes: those files (the ones a types-needing rule's
 * prefilter matched) and nothing else — imports between them resolve, other imports do not
 * (`noResolve`: following every relative import of a folder of JavaScript pulled 4,000 files
 * of the bench corpus into one program, 2 GB and minutes). JavaScript allowed (not checked),
 * the libraries of a current runtime (ES2023 and the DOM: browser code calls `fetch`); no
 * automatic `@types` packages.
 */
export function buildInferredProgram(files: readonly string[]): TypeProgram {
  const { Project, ts } = loadTsMorph();
  const project = new Project({
    compilerOptions: {
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
    },
    skipAddingFilesFromTsConfig: true,
  });
  for (const file of files) project.addSourceFileAtPathIfExists(file);
  return toTypeProgram(project);
}
