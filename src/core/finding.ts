/**
 * Findings are the currency of unleak: every output format, `--write`, SARIF fixes and review
 * suggestions are views of these records; none of them re-derives anything.
 */

export type FixLevel = 'auto' | 'suggestion' | 'none';

/**
 * How sure the rule is that a finding is a real leak. Every fix (`auto`, `suggestion`) is
 * `high`; a report-only finding is `medium` or `low` when its truth depends on what the code
 * does not show (the lifetime of a target passed in, of an injected service, ...). Decided in
 * src/core/fix-level.ts from what the rule reports; `--min-confidence` filters on it.
 */
export type Confidence = 'high' | 'medium' | 'low';

/** From least to most sure. */
export const CONFIDENCE_LEVELS: readonly Confidence[] = ['low', 'medium', 'high'];

/** Replace `[start, end)` of the file's text (BOM excluded) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The edits a fix makes in one file (for fixes that span files). */
export interface FileEdits {
  /** Path relative to the working directory, `/`-separated. */
  file: string;
  edits: TextEdit[];
}

export interface Finding {
  rule: string;
  /** Path relative to the working directory, `/`-separated. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fix: FixLevel;
  /** How sure the rule is that this is a real leak (`high` for every fix). */
  confidence: Confidence;
  /** What the fix does, in a few words ("add signal: AbortSignal.timeout(10_000)"). */
  fixDescription?: string;
  /** Edits against the original text of the file; empty when `fix` is `none`. */
  edits: TextEdit[];
  /**
   * A fix that spans files (the project phase, see docs/architecture.md): its edits in other
   * files, each against that file's original text. All or nothing with `edits`. Views that can
   * show only one file (the ESLint plugin) offer this file's part as a suggestion and name
   * `npx unleak --write` for the rest.
   */
  otherFiles?: FileEdits[];
  /** Set by the engine: the fix was part of the written (or, in a dry run, computed) output. */
  applied?: boolean;
}

export type ErrorKind =
  | 'read' // could not be read (permissions, vanished, not UTF-8)
  | 'binary'
  | 'too-large'
  | 'parse'
  | 'unsupported'
  | 'write'
  | 'internal'; // a rule crashed, a fix did not re-parse, a worker died

export interface RunError {
  /** Path relative to the working directory, `/`-separated; empty for run-level errors. */
  file: string;
  message: string;
  kind: ErrorKind;
  /** The rule involved, for internal errors raised by a rule or its fix. */
  rule?: string;
  line?: number;
  column?: number;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

/** Everything the formatters may need about one file that has findings, changes or errors. */
export interface FileReport {
  file: string;
  /** Absolute path. */
  absolutePath: string;
  /** Original text (BOM excluded). Present when the file has findings or a change. */
  source?: string;
  /** Fixed text (BOM excluded) when the fix loop changed it (written with `--write`). */
  output?: string;
  eol: '\n' | '\r\n';
  hasBom: boolean;
  findings: Finding[];
  /** The file was written to disk. */
  written: boolean;
  /**
   * The file changed and its formatting is left to the project's formatter, which unleak does
   * not run (`"Biome (biome.json)"`, with why for a prettier config).
   */
  formattingLeftTo?: { formatter: string; why?: string };
}

export interface PhaseTimings {
  discover: number;
  read: number;
  prefilter: number;
  parse: number;
  rules: number;
  fix: number;
  prettier: number;
  write: number;
}

export interface RunSummary {
  filesScanned: number;
  filesWithFindings: number;
  /** Files written with `--write`; in a dry run, files that `--write` would change. */
  filesChanged: number;
  filesUnchanged: number;
  filesSkipped: number;
  filesErrored: number;
  findings: number;
  fixable: { auto: number; suggestion: number; none: number };
  errors: number;
  durationMs: number;
  /** Reported findings per confidence (they add up to `findings`). */
  confidence: Record<Confidence, number>;
  /** With `--changed-since`: findings left out because none of their lines changed. */
  findingsOutsideDiff?: number;
  /**
   * With a minimum confidence (`--min-confidence`, the `minConfidence` config key, or
   * `github-review`'s default of `high`): findings left out because they are less sure. Not
   * counted in `findings`; `findings + findingsBelowConfidence (+ findingsOutsideDiff)` is
   * what the run found.
   */
  findingsBelowConfidence?: number;
  /**
   * Set when a selected rule asks for type information (unconsumed-promise): which programs
   * answered, or why none did. Rules fall back to syntactic answers where there is none.
   */
  typeInfo?: TypeInfo;
}

/** The type layer of a run (see docs/architecture.md, "The type layer"). */
export interface TypeInfo {
  /** The tsconfig files whose programs were built, relative to `cwd`. */
  tsconfigs: string[];
  /** Files that no tsconfig includes got one program of their own (JavaScript allowed). */
  inferredProgram: boolean;
  /**
   * Set when no program was used at all, with the reason: `--no-types`, "no file needed type
   * information", "no program could be built" (then `problems` says why).
   */
  none?: string;
  /** tsconfigs that could not be used and programs that could not be built, one line each. */
  problems: string[];
}

export interface RuleSummary {
  id: string;
  description: string;
  /** The rule's page, relative to the package root (`docs/rules/<id>.md`). */
  docsPath: string;
  /** The Go leak the rule mirrors, for reports that say so. */
  goAnalogue?: string;
  /** The best fix the rule offers. */
  fixLevel?: FixLevel;
  /** How often its findings are real leaks, as measured (`meta.precision`; absent: `high`). */
  precision?: RulePrecision;
}

/** SARIF `precision` of a rule (`properties.precision` of its reporting descriptor). */
export type RulePrecision = 'very-high' | 'high' | 'medium' | 'low';

/** The pseudo-rule of an `unleak-ignore` comment that names no rule. */
export const INVALID_SUPPRESSION_RULE = 'invalid-suppression';

/** Lines `start..end` (1-based, inclusive). */
export interface LineRange {
  start: number;
  end: number;
}

/** What changed in one file since the `--changed-since` base, in the file's current lines. */
export interface FileChanges {
  /** Lines added or changed. */
  changed: LineRange[];
  /**
   * The diff's hunks with three lines of context, as a pull request shows them: a review
   * comment must fall inside one of them.
   */
  hunks: LineRange[];
}

export interface ChangedSince {
  /** The ref as given (`origin/main`). */
  ref: string;
  /** The commit the work tree was compared with: the merge base of `ref` and `HEAD`. */
  base: string;
  /** Changes of the reported files, keyed by `FileReport.file`. */
  files: Record<string, FileChanges>;
}

export interface RunResult {
  tool: { name: string; version: string };
  cwd: string;
  /** Top of the git work tree that holds `cwd`; `null` outside git. */
  repositoryRoot?: string | null;
  /** `cwd` with symbolic links resolved (what git reports paths against); `cwd` when absent. */
  realCwd?: string;
  mode: 'dry-run' | 'write';
  /** Also applies `suggestion` fixes. */
  unsafe: boolean;
  rules: RuleSummary[];
  summary: RunSummary;
  findings: Finding[];
  errors: RunError[];
  skipped: SkippedFile[];
  files: FileReport[];
  timings: PhaseTimings;
  /** Worker threads used (1 = the main thread). */
  jobs: number;
  /** Things the user may want to know that are not errors (a prettier config not used, ...). */
  notes: string[];
  /** Set with `--changed-since`: findings were limited to the lines changed since `base`. */
  changedSince?: ChangedSince;
  /** Set with a minimum confidence: findings less sure than this were left out. */
  minConfidence?: Confidence;
  /** Set with `--shard i/n`: the run reports only the files of shard `index` of `total`. */
  shard?: { index: number; total: number };
}
