import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { FIXTURES_ROOT, PROJECTS_DIR } from '../../test/helpers/fixtures';
import { RUN_ONCE_CALLER_NOTE } from './run-once-callers';

const PROJECT = path.join(FIXTURES_ROOT, PROJECTS_DIR, 'listener-cleanup/setup-called-once/input');

async function findings(options: Record<string, unknown> = {}) {
  const result = await run({ cwd: PROJECT, config: false, prettier: false, jobs: 1, rules: ['listener-cleanup'], ruleOptions: { 'listener-cleanup': options } });
  return result.findings.map((finding) => ({ at: `${finding.file}:${finding.line}`, fix: finding.fix, confidence: finding.confidence, message: finding.message }));
}

describe('listener-cleanup: the callers in other files decide (run-once-callers.ts)', () => {
  it('drops listeners of functions whose one caller runs them once, keeps the rest', async () => {
    const found = await findings();
    expect(found.map(({ at, fix }) => `${at} ${fix}`)).toEqual(['src/help.ts:3 suggestion', 'src/jobs.ts:3 none', 'src/logging.ts:3 suggestion', 'src/replies.ts:5 none']);
  });

  it('says which caller repeats a report-only one, at high confidence', async () => {
    const jobs = (await findings()).find((finding) => finding.at === 'src/jobs.ts:3')!;
    expect(jobs.confidence).toBe('high');
    expect(jobs.message).toMatch(/ It piles up: src\/main\.ts:20 runs it in a loop\.$/);
    expect(jobs.message).not.toMatch(/(?:Medium|Low) confidence/);
  });

  it('reports the run-once ones as low, without a fix, under reportProcessLifetime', async () => {
    const found = await findings({ reportProcessLifetime: true });
    const decided = found.filter((finding) => finding.message.endsWith(` ${RUN_ONCE_CALLER_NOTE}`));
    expect(decided.map(({ at, fix, confidence }) => `${at} ${fix} ${confidence}`)).toEqual(['src/config.ts:7 none low', 'src/menus.ts:3 none low', 'src/settings.ts:10 none low', 'src/shortcuts.ts:3 none low', 'src/theme.ts:4 none low']);
    // main.ts's own listeners, at its top level, are the module's (the file alone decides them).
    expect(found.filter((finding) => finding.at.startsWith('src/main.ts')).map(({ confidence }) => confidence)).toEqual(['low', 'low']);
  });

  it('keeps the file\'s own answer when the callers are not part of the run', async () => {
    const result = await run({ cwd: PROJECT, paths: ['src/config.ts'], config: false, prettier: false, jobs: 1, rules: ['listener-cleanup'] });
    expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.confidence}`)).toEqual(['src/config.ts:7 low']);
    expect(result.findings[0]!.message).toContain('Low confidence: nothing in this file runs initializeConfig() (called once from initialize())');
  });
});

describe('listener-cleanup: callers named like components (run-once-callers.ts)', () => {
  const NAMED = path.join(FIXTURES_ROOT, PROJECTS_DIR, 'listener-cleanup/setup-pascal-case-callers/input');

  it('follows a caller named like a component through calls: run once from the ready handler, low under reportProcessLifetime; a window set-up and a rendered one keep high', async () => {
    const result = await run({ cwd: NAMED, config: false, prettier: false, jobs: 1, rules: ['listener-cleanup'], ruleOptions: { 'listener-cleanup': { reportProcessLifetime: true } } });
    // main.ts's own `app.on('ready' | 'activate', …)`, at its top level, are the module's (the file alone decides them).
    const found = result.findings.filter((finding) => finding.file !== 'src/main.ts').map((finding) => `${finding.file}:${finding.line} ${finding.confidence}${finding.message.endsWith(` ${RUN_ONCE_CALLER_NOTE}`) ? ' once' : ''}`);
    expect(found).toEqual(['src/main/ipc-routes.ts:6 low once', 'src/main/ipc-routes.ts:9 low once', 'src/main/ipc-routes.ts:13 low once', 'src/main/window-ipc.ts:6 high', 'src/view/watch-size.ts:4 high']);
    expect(result.findings.find((finding) => finding.file === 'src/main/window-ipc.ts')!.message).toMatch(/It piles up: src\/main\.ts:9 runs it in a handler of 'activate'\.$/);
  });
});
