/** The report docs: every format documented, workflows that parse, commands the CLI accepts. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import YAML from 'yaml';
import { parseCliArgs } from '../../src/cli/args';
import { parseMergeReportsArgs } from '../../src/cli/merge-reports';
import { FORMAT_NAMES } from '../../src/report/index';

const DOCS = path.resolve(__dirname, '../../docs');
const formatsDoc = fs.readFileSync(path.join(DOCS, 'formats.md'), 'utf8');
const prBotDoc = fs.readFileSync(path.join(DOCS, 'pr-bot.md'), 'utf8');

function codeBlocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp(`^( *)\`\`\`${language}\\n([\\s\\S]*?)^\\1\`\`\`$`, 'gm'))].map((m) =>
    m[2]!.split('\n').map((line) => line.slice(m[1]!.length)).join('\n'),
  );
}

/** The arguments of every `unleak@0 …` command in a text, with shell variables as a SHA. */
function unleakCommands(text: string): string[][] {
  const joined = text.replace(/\\\n\s*/g, ' ');
  return [...joined.matchAll(/npx --yes unleak@0 ([^|>\n]*)/g)].map((m) =>
    m[1]!
      .trim()
      .replace(/"\$\{\{[^}]*\}\}"|"\$[A-Z_]+"/g, 'a'.repeat(40))
      // A matrix job's shard number.
      .replace(/\$\{\{\s*matrix\.shard\s*\}\}/g, '2')
      .split(/\s+/)
      .filter(Boolean),
  );
}

describe('docs/formats.md', () => {
  test('has a section for every format', () => {
    for (const format of FORMAT_NAMES) expect(formatsDoc).toContain(`## \`${format}\``);
  });
});

describe('docs/pr-bot.md', () => {
  const yamlBlocks = codeBlocks(prBotDoc, 'yaml');

  test('every workflow snippet is valid YAML and none uses pull_request_target', () => {
    expect(yamlBlocks.length).toBeGreaterThan(5);
    for (const block of yamlBlocks) {
      expect(() => YAML.parse(block), block.slice(0, 80)).not.toThrow();
      expect(block).not.toContain('pull_request_target');
    }
    const workflows = yamlBlocks.map((block) => YAML.parse(block) as Record<string, unknown>).filter((doc) => doc && typeof doc === 'object' && 'jobs' in doc);
    expect(workflows.length).toBeGreaterThanOrEqual(3);
    for (const workflow of workflows) expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  test('the review workflow runs on pull_request with --changed-since and posts with gh api', () => {
    const review = YAML.parse(yamlBlocks.find((block) => /^ {2}review:/m.test(block))!) as { on: Record<string, unknown>; jobs: { review: { steps: { run?: string; with?: Record<string, unknown> }[] } } };
    expect(Object.keys(review.on)).toEqual(['pull_request']);
    const steps = review.jobs.review.steps;
    expect(steps[0]!.with).toMatchObject({ 'fetch-depth': 0 });
    expect(steps.map((step) => step.run ?? '').join('\n')).toMatch(/--changed-since[\s\S]*gh api --method POST "repos\/\$GITHUB_REPOSITORY\/pulls\/\$PR_NUMBER\/reviews" --input review.json/);
  });

  test('the one-line Action setup comes first, in review mode with pull-requests: write on the job', () => {
    const first = YAML.parse(yamlBlocks[0]!) as { on: unknown; permissions: unknown; jobs: Record<string, { permissions: unknown; steps: { uses?: string; with?: Record<string, unknown> }[] }> };
    expect(first.on).toBe('pull_request');
    const job = Object.values(first.jobs)[0]!;
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const action = job.steps.find((step) => step.uses?.endsWith('/unleak@v0'));
    expect(action?.with).toEqual({ mode: 'review' });
    expect(prBotDoc.indexOf('## The one-line setup')).toBeLessThan(prBotDoc.indexOf('## A review with suggestions'));
  });

  test('every unleak command in the docs is one the CLI accepts', () => {
    const commands = unleakCommands(prBotDoc);
    expect(commands.length).toBeGreaterThan(6);
    const parse = (args: string[]): { format: string } => (args[0] === 'merge-reports' ? parseMergeReportsArgs(args.slice(1)) : parseCliArgs(args));
    for (const args of commands) expect(() => parse(args), args.join(' ')).not.toThrow();
    const formats = new Set(commands.map((args) => parse(args).format));
    // json: the shards of a matrix, merged into sarif by merge-reports.
    expect(formats).toEqual(new Set(['github-review', 'github', 'markdown', 'sarif', 'rdjson', 'json']));
    expect(commands.filter((args) => args[0] === 'merge-reports')).toHaveLength(1);
  });
});
