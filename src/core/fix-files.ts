/**
 * The files a finding's fix edits: its own file (when it has edits there) first, then the other
 * files of a fix that spans files (`Finding.otherFiles`, from the project phase).
 */
import type { FileEdits, Finding } from './finding';

export function getFixFiles(finding: Pick<Finding, 'file' | 'edits' | 'otherFiles'>): FileEdits[] {
  const own = finding.edits.length > 0 ? [{ file: finding.file, edits: finding.edits }] : [];
  return [...own, ...(finding.otherFiles ?? [])];
}
