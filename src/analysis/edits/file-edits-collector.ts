/**
 * Edits of a fix that spans files, gathered per file: a project plan adds the function's own
 * edits, then each call site's, in whatever file it is; `files` keeps one entry per file in the
 * order files were first added (loop-cancellation's and unsettled-promise's signal threading).
 */
import type { FileEdits, TextEdit } from '../../core/finding';

export interface FileEditsCollector {
  readonly files: FileEdits[];
  add(file: string, edits: readonly TextEdit[]): void;
}

export function createFileEditsCollector(initial: readonly FileEdits[] = []): FileEditsCollector {
  const files: FileEdits[] = [];
  const add = (file: string, edits: readonly TextEdit[]): void => {
    if (edits.length === 0) return;
    const entry = files.find((f) => f.file === file);
    if (entry) entry.edits.push(...edits);
    else files.push({ file, edits: [...edits] });
  };
  for (const entry of initial) add(entry.file, entry.edits);
  return { files, add };
}
