/**
 * `--format github-review`: the JSON body of GitHub's "create a review for a pull request"
 * endpoint (`POST /repos/{owner}/{repo}/pulls/{number}/reviews`).
 *
 * One inline comment per finding; a finding with a fix gets a ```suggestion block holding
 * the exact lines its fix produces, so the author can apply it with one click. With
 * `--changed-since`, a comment is placed only where the pull request's diff shows the lines
 * (GitHub rejects the whole review otherwise); a suggestion whose lines reach outside the
 * diff becomes a plain comment with the fix as a diff, and a finding that cannot be placed
 * at all is listed in the review's body. At most `maxComments` inline comments; the body says
 * how many were left out. A fix that spans files (the project phase) gets one suggestion per
 * other file where the diff shows its lines; the other parts are diffs in the body.
 */
import type { FormatContext } from './context';
import type { FileEdits, FileReport, Finding, LineRange, RunResult } from '../core/finding';
import { isInsideOne } from '../core/line-ranges';
import { getFindingPatch, getSourceText, type FindingPatch } from './patch';
import { confidenceLabel, describeFilteredFindings, fixLevelLabel, getReportedRuleIds } from './rule-docs';
import { countByRule, escapeMarkdown, getCodeFence, markdownCode, plural } from './text';

export interface ReviewComment {
  path: string;
  /** The last line of the commented range (in the pull request's head version). */
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

export interface PullRequestReview {
  commit_id?: string;
  event: 'COMMENT';
  body: string;
  comments: ReviewComment[];
}

/** GitHub refuses review bodies over 65,536 characters; keep a margin. */
const MAX_BODY_LENGTH = 60_000;
const MAX_LISTED = 200;

interface LeftOut {
  finding: Finding;
  reason: string;
}

export function formatGithubReview(result: RunResult, context: FormatContext): string {
  return JSON.stringify(buildGithubReview(result, context), null, 2) + '\n';
}

export function buildGithubReview(result: RunResult, context: FormatContext): PullRequestReview {
  const reports = new Map(result.files.map((report) => [report.file, report]));
  const comments: ReviewComment[] = [];
  const leftOut: LeftOut[] = [];
  const otherParts: OtherPart[] = [];
  for (const finding of result.findings) {
    const report = reports.get(finding.file);
    const hunks = result.changedSince ? (result.changedSince.files[finding.file]?.hunks ?? []) : null;
    const comment = createComment(finding, report, hunks, context);
    if (!comment) leftOut.push({ finding, reason: "its lines are not in the pull request's diff" });
    else if (comments.length >= context.maxComments) leftOut.push({ finding, reason: `over the limit of ${context.maxComments} inline comments` });
    else comments.push(comment);
    // A fix that spans files: each other file's part is a suggestion where the pull request's
    // diff has its lines, else it goes into the review body.
    if (comment && comments.includes(comment)) {
      for (const part of finding.otherFiles ?? []) {
        const partHunks = result.changedSince ? (result.changedSince.files[part.file]?.hunks ?? []) : null;
        const partComment = createPartComment(finding, part, reports.get(part.file), partHunks, context);
        if (partComment && comments.length < context.maxComments) comments.push(partComment);
        else otherParts.push({ finding, part });
      }
    } else {
      for (const part of finding.otherFiles ?? []) otherParts.push({ finding, part });
    }
  }
  const body = buildBody(result, comments.length, leftOut, context) + describeOtherParts(otherParts, reports, context);
  const review: PullRequestReview = { event: 'COMMENT', body, comments };
  if (context.commitId) return { commit_id: context.commitId, ...review };
  return review;
}

/** `null` when no line of the finding can take a comment. `hunks: null` = no restriction. */
function createComment(finding: Finding, report: FileReport | undefined, hunks: readonly LineRange[] | null, context: FormatContext): ReviewComment | null {
  const path = context.repositoryPath(finding.file);
  const patch = report?.source !== undefined && finding.fix !== 'none' ? getFindingPatch(getSourceText(report, report.source), finding) : null;
  if (patch && (hunks === null || isInsideOne({ start: patch.startLine, end: patch.endLine }, hunks))) {
    const comment: ReviewComment = { path, line: patch.endLine, side: 'RIGHT', body: commentBody(finding, patch, 'suggestion', context) };
    if (patch.startLine < patch.endLine) Object.assign(comment, { start_line: patch.startLine, start_side: 'RIGHT' });
    return comment;
  }
  const line = hunks === null ? finding.line : findFirstLineInside({ start: finding.line, end: finding.endLine }, hunks);
  if (line === null) return null;
  return { path, line, side: 'RIGHT', body: commentBody(finding, patch, 'diff', context) };
}

interface OtherPart {
  finding: Finding;
  part: FileEdits;
}

/** A suggestion for one other file's part of a fix that spans files; `null` outside the diff. */
function createPartComment(finding: Finding, part: FileEdits, report: FileReport | undefined, hunks: readonly LineRange[] | null, context: FormatContext): ReviewComment | null {
  if (report?.source === undefined) return null;
  const patch = getFindingPatch(getSourceText(report, report.source), part);
  if (!patch || (hunks !== null && !isInsideOne({ start: patch.startLine, end: patch.endLine }, hunks))) return null;
  const content = patch.newLines.join('\n');
  const fence = getCodeFence(content);
  const origin = `${context.repositoryPath(finding.file)}:${finding.line}`;
  const body = [
    `**${escapeMarkdown(finding.rule)}** (${fixLevelLabel(finding.fix)}): part of the fix for ${markdownCode(origin)} — ${escapeMarkdown(finding.message)}`,
    `${fence}suggestion\n${content}\n${fence}`,
    'Apply it together with the other parts of this fix: each part alone leaves the leak.',
  ].join('\n\n');
  const comment: ReviewComment = { path: context.repositoryPath(part.file), line: patch.endLine, side: 'RIGHT', body };
  if (patch.startLine < patch.endLine) Object.assign(comment, { start_line: patch.startLine, start_side: 'RIGHT' });
  return comment;
}

/** The parts of fixes that span files that could not be suggested inline, as diffs in the body. */
function describeOtherParts(parts: readonly OtherPart[], reports: ReadonlyMap<string, FileReport>, context: FormatContext): string {
  if (parts.length === 0) return '';
  const lines = ['', '', `<details><summary>${plural(parts.length, 'part')} of fixes that span files, outside the pull request's diff</summary>`, ''];
  let length = 0;
  for (const { finding, part } of parts) {
    const report = reports.get(part.file);
    const patch = report?.source !== undefined ? getFindingPatch(getSourceText(report, report.source), part) : null;
    if (!patch) continue;
    const content = [...patch.oldLines.map((line) => `-${line}`), ...patch.newLines.map((line) => `+${line}`)].join('\n');
    const fence = getCodeFence(content);
    const item = `For ${markdownCode(`${context.repositoryPath(finding.file)}:${finding.line}`)} (**${escapeMarkdown(finding.rule)}**), in ${markdownCode(`${context.repositoryPath(part.file)}`)} lines ${patch.startLine}–${patch.endLine}:\n\n${fence}diff\n${content}\n${fence}`;
    if (length + item.length > MAX_BODY_LENGTH / 2) {
      lines.push('- … more (run unleak locally to see them all)');
      break;
    }
    lines.push(item, '');
    length += item.length;
  }
  lines.push('</details>');
  return lines.join('\n');
}

function findFirstLineInside(range: LineRange, hunks: readonly LineRange[]): number | null {
  for (const hunk of hunks) {
    const start = Math.max(hunk.start, range.start);
    if (start <= Math.min(hunk.end, range.end)) return start;
  }
  return null;
}

function commentBody(finding: Finding, patch: FindingPatch | null, fixAs: 'suggestion' | 'diff', context: FormatContext): string {
  const help = context.ruleHelp(finding.rule);
  const doubt = confidenceLabel(finding.confidence);
  const parts = [`**${escapeMarkdown(finding.rule)}** (${fixLevelLabel(finding.fix)}${doubt ? `, ${doubt}` : ''}): ${escapeMarkdown(finding.message)}`];
  if (patch) {
    if (finding.fixDescription) parts.push(`Fix: ${markdownCode(finding.fixDescription)}`);
    if (fixAs === 'suggestion') {
      const content = patch.newLines.join('\n');
      const fence = getCodeFence(content);
      parts.push(`${fence}suggestion\n${content}\n${fence}`);
      if (finding.fix === 'suggestion') parts.push('Review this suggestion before applying it: the rewrite may change behaviour.');
    } else {
      const content = [...patch.oldLines.map((line) => `-${line}`), ...patch.newLines.map((line) => `+${line}`)].join('\n');
      const fence = getCodeFence(content);
      parts.push(`The fix reaches outside this pull request's diff, so it is shown as a diff (lines ${patch.startLine}–${patch.endLine}):\n\n${fence}diff\n${content}\n${fence}`);
    }
  }
  parts.push(`<sub>unleak · [what leaks and how to fix it](${help.docsUrl})</sub>`);
  return parts.join('\n\n');
}

function buildBody(result: RunResult, posted: number, leftOut: readonly LeftOut[], context: FormatContext): string {
  const s = result.summary;
  const scope = result.changedSince ? ' in the changed lines' : '';
  const lines: string[] = [];
  if (s.findings === 0) {
    lines.push(`**unleak** found no leaks${scope}.`);
  } else {
    lines.push(
      `**unleak** found ${plural(s.findings, 'leak')}${scope} in ${plural(s.filesWithFindings, 'file')}: ` +
        `${plural(s.fixable.auto, 'auto fix', 'auto fixes')}, ${plural(s.fixable.suggestion, 'suggestion')}, ${s.fixable.none} to fix by hand.`,
    );
    lines.push('', '| Rule | Findings | Auto | Suggestion | Report only |', '| --- | ---: | ---: | ---: | ---: |');
    for (const [id, row] of countByRule(getReportedRuleIds(result.rules, result.findings), result.findings)) {
      if (row.findings === 0) continue;
      lines.push(`| [${escapeMarkdown(id)}](${context.ruleHelp(id).docsUrl}) | ${row.findings} | ${row.auto} | ${row.suggestion} | ${row.none} |`);
    }
  }
  if (result.changedSince && s.findingsOutsideDiff) {
    lines.push('', `${plural(s.findingsOutsideDiff, 'finding')} on lines this pull request did not change ${s.findingsOutsideDiff === 1 ? 'is' : 'are'} not reviewed (changes since ${markdownCode(result.changedSince.ref)}).`);
  }
  const filtered = describeFilteredFindings(result);
  if (filtered) lines.push('', `${escapeMarkdown(filtered)}.`);
  if (s.errors > 0) lines.push('', `unleak met ${plural(s.errors, 'error')} (files it could not read, parse or fix); see the job's log.`);
  if (leftOut.length > 0) {
    lines.push('', `<details><summary>${plural(leftOut.length, 'finding')} not posted as inline comments (${posted} posted)</summary>`, '');
    let length = lines.join('\n').length;
    let listed = 0;
    for (const { finding, reason } of leftOut) {
      const item = `- ${markdownCode(`${context.repositoryPath(finding.file)}:${finding.line}`)} **${escapeMarkdown(finding.rule)}**: ${escapeMarkdown(finding.message)} (${reason})`;
      if (listed >= MAX_LISTED || length + item.length > MAX_BODY_LENGTH) break;
      lines.push(item);
      length += item.length + 1;
      listed++;
    }
    if (listed < leftOut.length) lines.push(`- … and ${leftOut.length - listed} more (run unleak locally to see them all)`);
    lines.push('', '</details>');
  }
  return lines.join('\n');
}
