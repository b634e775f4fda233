/**
 * `--format diff`: one git-style unified patch of every file the fixes change (what `--write`
 * writes: `auto` fixes, plus `suggestion` fixes with `--unsafe`), applicable with `git apply`
 * (or `patch -p1`) at the repository root.
 *
 * The patch is made from the file's bytes as they are on disk: a byte order mark stays on the
 * first line, CRLF lines keep their CR, and a missing final newline gets git's
 * "\ No newline at end of file" marker.
 *
 * Paths are relative to the report's repository (the targets' own when they all lie in another
 * one); a file outside it keeps its absolute path without the leading slash, as
 * `git diff --no-index` writes one (`a/tmp/x.ts`: apply it with `git apply` from `/`).
 */
import path from 'node:path';
import { formatPatch, structuredPatch } from 'diff';
import { SourceText } from '../core/source-text';
import type { FormatContext } from './context';
import type { RunResult } from '../core/finding';

const CONTEXT_LINES = 3;

function patchPath(name: string): string {
  return path.isAbsolute(name) ? name.split(path.sep).join('/').replace(/^\/+/, '') : name;
}

export function formatDiff(result: RunResult, context: FormatContext): string {
  const patches: string[] = [];
  for (const report of result.files) {
    if (report.source === undefined || report.output === undefined) continue;
    const before = SourceText.toRaw(report.source, report.hasBom);
    const after = SourceText.toRaw(report.output, report.hasBom);
    if (before === after) continue;
    const name = patchPath(context.repositoryPath(report.file));
    const patch = structuredPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: CONTEXT_LINES });
    patch.isGit = true;
    patches.push(formatPatch(patch));
  }
  return patches.join('');
}
