/**
 * The project phase: rules with a `project` plan once for the whole run, after every file went
 * through the per-file phase, and may hand the engine one fix with edits for several files.
 *
 * Such a fix is all or nothing: its edits are mapped onto each file's text after the per-file
 * fixes, and every file it touches must re-parse, or none of them changes. A fix whose edits
 * fall on text a per-file fix already changed, or overlap an earlier project fix, is not
 * applied (the next run picks it up); whole lines a per-file fix already inserted at the same
 * place (a shared owner's controller and cleanup) are not inserted twice. In a lone text (a fixture, a jscodeshift run) the same
 * plan runs over a project of that one file (`planSingleFile`), inside the fix loop.
 */
import type { Finding, FixLevel, RunError, TextEdit } from '../core/finding';
import { applyEdits, normalizeEdits } from '../core/fixer';
import { getFixFiles } from '../core/fix-files';
import { getLanguage } from '../core/language';
import { parseSource } from './parse';
import { settingsForFile } from './file-settings';
import { toFinding } from './to-finding';
import { aliasedCallSites, lookupCallSites, type TypesOf } from './project-call-sites';
import { createImporterIndex, createSubpathImporterIndex } from './project-importers';
import type { ProjectFiles } from './project-files';
import type { AnyRule, CallSites, ProjectContext, ProjectFile, ProjectReportDescriptor, Settings } from '../core/rule';
import type { NodePath } from '../core/traverse';
import type { SourceText } from '../core/source-text';
import { collectSuppressions, isSuppressed, type Suppressions } from './suppressions';

export interface ProjectRuleInput {
  rule: AnyRule;
  options: Record<string, unknown>;
  collected: { file: string; data: unknown[] }[];
}

export interface PlanResult {
  findings: Finding[];
  errors: RunError[];
}

/**
 * Runs a rule's plan; findings carry their edits per file (own file in `edits`, others in
 * `otherFiles`). `settingsFor` gives a file's project settings (process-file.ts `settingsFor`);
 * without it every file has the run's `settings`.
 */
export function planProject(
  input: ProjectRuleInput,
  settings: Settings,
  project: ProjectFiles,
  publicApi: ((absolutePath: string, exportName: string) => boolean | null) | null,
  typesOf: TypesOf | null = null,
  settingsFor: ((absolutePath: string) => Settings) | null = null,
): PlanResult {
  const { rule, options } = input;
  const ruleId = rule.meta.id;
  const findings: Finding[] = [];
  const errors: RunError[] = [];
  const suppressionsOf = new Map<string, Suppressions | null>();
  const suppressions = (file: string): Suppressions | null => {
    if (!suppressionsOf.has(file)) {
      const opened = project.open(file);
      suppressionsOf.set(file, opened ? collectSuppressions(opened.ast) : null);
    }
    return suppressionsOf.get(file)!;
  };
  let importerIndex: ((file: string) => readonly string[]) | null = null;
  const importersOf = (file: string): readonly string[] => (importerIndex ??= createImporterIndex(project))(file);
  let subpathIndex: ((file: string) => readonly string[]) | null = null;
  let syntacticCallSites: ((file: ProjectFile, fn: NodePath) => CallSites) | null = null;
  const context: ProjectContext = {
    ruleId,
    options,
    settings,
    settingsOf(file) {
      const absolute = project.absolutePathOf(file);
      const text = project.text(file);
      const own = absolute !== null && settingsFor ? settingsFor(absolute) : settings;
      return text === null ? own : settingsForFile(own, file, text);
    },
    collected: input.collected,
    open: (file) => project.open(file),
    scoped: (fn) => project.scoped(fn),
    callSites: (file, fn) => lookupCallSites(project, file, fn, typesOf),
    importersOf,
    subpathImportersOf: (file) => (subpathIndex ??= createSubpathImporterIndex(project))(file),
    syntacticCallSites: (file, fn) => (syntacticCallSites ??= aliasedCallSites(project, importersOf))(file, fn),
    resolveImport(from, specifier) {
      const absolute = project.absolutePathOf(from.file);
      const target = absolute ? project.resolve(absolute, specifier) : null;
      const display = target ? project.displayPathOf(target) : null;
      return display ? project.open(display) : null;
    },
    isPublicApi: (file, exportName) => {
      const absolute = project.absolutePathOf(file.file);
      return absolute && publicApi ? publicApi(absolute, exportName) : null;
    },
    report(descriptor) {
      const opened = project.open(descriptor.file);
      if (!opened) return;
      const finding = toProjectFinding(descriptor, ruleId, opened.source);
      const fileSuppressions = suppressions(descriptor.file);
      if (fileSuppressions && isSuppressed(fileSuppressions, ruleId, finding.line)) return;
      findings.push(finding);
    },
  };
  try {
    rule.project!.plan(context);
  } catch (error) {
    errors.push({ file: '', kind: 'internal', rule: ruleId, message: `rule ${ruleId} crashed in its project phase: ${(error as Error)?.stack ?? String(error)}` });
    return { findings: [], errors };
  }
  return { findings, errors };
}

function toProjectFinding(descriptor: ProjectReportDescriptor, ruleId: string, source: SourceText): Finding {
  const ownEdits = descriptor.fix?.files.filter((entry) => entry.file === descriptor.file).flatMap((entry) => entry.edits) ?? [];
  const others = new Map<string, TextEdit[]>();
  for (const entry of descriptor.fix?.files ?? []) {
    if (entry.file === descriptor.file || entry.edits.length === 0) continue;
    others.set(entry.file, [...(others.get(entry.file) ?? []), ...entry.edits]);
  }
  // The fix level is the whole fix's; the finding's own edits are those in its file.
  const allEdits = [...ownEdits, ...[...others.values()].flat()];
  const whole = descriptor.fix ? { safe: descriptor.fix.safe, description: descriptor.fix.description, edits: allEdits } : null;
  const finding = toFinding({ ...descriptor, fix: whole }, ruleId, descriptor.file, source);
  if (finding.fix !== 'none') {
    finding.edits = normalizeEdits(ownEdits);
    if (others.size > 0) finding.otherFiles = [...others].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, edits]) => ({ file, edits: normalizeEdits(edits) }));
  }
  return finding;
}

// ---------------------------------------------------------------------------------------------
// Applying fixes that span files

export interface ProjectFileState {
  /** Original text (BOM excluded). */
  source: string;
  /** Text after the per-file phase (and accepted project fixes so far). */
  output: string;
  eol: '\n' | '\r\n';
  absolutePath: string;
}

/**
 * Applies the findings' fixes of the given levels, each all or nothing, to `states` (keyed by
 * file). Returns the errors for fixes that were not applied; sets `applied` on the findings.
 */
export function applyProjectFixes(findings: readonly Finding[], levels: ReadonlySet<FixLevel>, states: Map<string, ProjectFileState>): RunError[] {
  const errors: RunError[] = [];
  const maps = new Map<string, OffsetMap>();
  /** Accepted project edits per file, in output coordinates of the per-file phase. */
  const accepted = new Map<string, TextEdit[]>();
  const perFileOutput = new Map([...states].map(([file, state]) => [file, state.output]));
  for (const finding of findings) {
    if (!levels.has(finding.fix) || getFixFiles(finding).length === 0) continue;
    const mapped = new Map<string, TextEdit[]>();
    let problem: string | null = null;
    for (const { file, edits } of getFixFiles(finding)) {
      const state = states.get(file);
      if (!state) {
        problem = `${file} is not part of this run`;
        break;
      }
      let map = maps.get(file);
      if (!map) maps.set(file, (map = createOffsetMap(state.source, perFileOutput.get(file)!)));
      const output = perFileOutput.get(file)!;
      const moved = edits.map((edit) => map!.mapEdit(edit)).filter((edit) => edit === null || !isInsertedAlready(state.source, output, edits, edit));
      if (moved.some((edit) => edit === null)) {
        problem = `another fix already changed the code it edits in ${file}`;
        break;
      }
      const previous = accepted.get(file) ?? [];
      // Case: two loops of one file each given a signal, both adding `import { setTimeout as delay } from 'node:timers/promises'`
      // at the same place: the very same edit is there already, applied once (before: the second fix was dropped as overlapping, exit 2)
      const fresh = (moved as TextEdit[]).filter((edit) => !previous.some((other) => other.start === edit.start && other.end === edit.end && other.text === edit.text));
      if (fresh.some((edit) => previous.some((other) => overlaps(edit, other)))) {
        problem = `it overlaps another fix in ${file}`;
        break;
      }
      mapped.set(file, fresh);
    }
    const texts = new Map<string, string>();
    if (!problem) {
      for (const [file, edits] of mapped) {
        const state = states.get(file)!;
        const text = applyEdits(perFileOutput.get(file)!, [...(accepted.get(file) ?? []), ...edits].sort((a, b) => a.start - b.start || a.end - b.end), state.eol);
        const info = getLanguage(state.absolutePath);
        try {
          if (!info || info.container) throw new Error('not a script file');
          parseSource(text, info);
        } catch (error) {
          problem = `it produced code that does not parse in ${file} (${(error as Error).message})`;
          break;
        }
        texts.set(file, text);
      }
    }
    if (problem) {
      finding.applied = false;
      const files = getFixFiles(finding).map((entry) => entry.file);
      errors.push({
        file: finding.file,
        kind: 'internal',
        rule: finding.rule,
        message: `the fix of ${finding.rule} for "${finding.message}" (${files.join(', ')}) was not applied: ${problem}; none of its files were changed`,
      });
      continue;
    }
    finding.applied = true;
    for (const [file, edits] of mapped) {
      accepted.set(file, [...(accepted.get(file) ?? []), ...edits]);
      states.get(file)!.output = texts.get(file)!;
    }
  }
  return errors;
}

/**
 * Whole lines a per-file fix already inserted at the same place: two rules that share an owner
 * (loop-cancellation and unsettled-promise both giving a React effect its `AbortController`)
 * write the same declaration and the same cleanup; the second copy is dropped, not applied
 * twice. `moved` is one of `edits` mapped onto `output`; the text must not be in the source there.
 */
function isInsertedAlready(source: string, output: string, edits: readonly TextEdit[], moved: TextEdit): boolean {
  const { start, end, text } = moved;
  if (start !== end || !text.includes('\n')) return false;
  const original = edits.find((edit) => edit.text === text && edit.start === edit.end);
  if (!original) return false;
  const at = original.start;
  if (source.startsWith(text, at) || source.slice(at - text.length, at) === text) return false;
  return output.startsWith(text, start) || output.slice(start - text.length, start) === text;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}

interface OffsetMap {
  /** The edit moved onto the changed text, or `null` when the text it edits was changed. */
  mapEdit(edit: TextEdit): TextEdit | null;
}

/** A line of inserted text that starts a `return` statement. */
const RETURN_STATEMENT = /(?:^|\n)[ \t]*return\b/;

/** Maps offsets of `before` onto `after` through the runs of text the two share. */
export function createOffsetMap(before: string, after: string): OffsetMap {
  if (before === after) return { mapEdit: (edit) => edit };
  const runs: { oldStart: number; newStart: number; length: number }[] = [];
  /** Offsets of `before` where `after` has text added (an insertion, or the new text of a replacement). */
  const addedAt = new Set<number>();
  let oldAt = 0;
  let newAt = 0;
  // Loaded here, when a cross-file fix changed a file: a run whose plans come from the cache with no fix to apply does not load it.
  for (const part of (require('diff') as typeof import('diff')).diffChars(before, after)) {
    const length = part.value.length;
    if (part.added) {
      addedAt.add(oldAt);
      newAt += length;
    }
    else if (part.removed) oldAt += length;
    else {
      runs.push({ oldStart: oldAt, newStart: newAt, length });
      oldAt += length;
      newAt += length;
    }
  }
  /** Whole lines `after` adds, by the offset of `before` where they go (a line start). */
  let addedLines: Map<number, string> | null = null;
  /** The lines `after` adds just before or just after the line of `before` that holds `at`. */
  const linesAddedAround = (at: number): string => {
    if (!addedLines) {
      addedLines = new Map();
      let lineAt = 0;
      for (const part of (require('diff') as typeof import('diff')).diffLines(before, after)) {
        if (part.added) addedLines.set(lineAt, (addedLines.get(lineAt) ?? '') + part.value);
        else lineAt += part.value.length;
      }
    }
    const lineStart = before.lastIndexOf('\n', at - 1) + 1;
    const newline = before.indexOf('\n', at);
    const nextLine = newline === -1 ? before.length : newline + 1;
    return (addedLines.get(lineStart) ?? '') + (addedLines.get(nextLine) ?? '');
  };
  return {
    mapEdit(edit) {
      // Case: a replacement next to text a per-file fix added right there (`void` → `() => void`
      // by one rule, `void` → `() => void` again by the other): the two edits are of one piece of
      // code, and applying both would nest them (`() => () => void`). An insertion keeps its place.
      if (edit.start !== edit.end && (addedAt.has(edit.start) || addedAt.has(edit.end))) return null;
      // Case: a new `return () => { … };` where a per-file fix already added one (timer-cleanup and
      // listener-cleanup each giving one set-up function its returned cleanup): the second would
      // follow the first return, unreachable. The next run extends the first instead.
      // (The same text again is the shared cleanup isInsertedAlready drops.)
      if (edit.start === edit.end && RETURN_STATEMENT.test(edit.text)) {
        const added = linesAddedAround(edit.start);
        if (RETURN_STATEMENT.test(added) && !added.includes(edit.text.trim())) return null;
      }
      const run = runs.find((r) => r.oldStart <= edit.start && edit.end <= r.oldStart + r.length);
      if (!run) return null;
      const shift = run.newStart - run.oldStart;
      return { start: edit.start + shift, end: edit.end + shift, text: edit.text };
    },
  };
}
