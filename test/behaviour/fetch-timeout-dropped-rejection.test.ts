/**
 * fetch-timeout on a dropped request (a bare `fetch(url)` statement): the deadline's TimeoutError
 * would be a rejection nobody handles. Where unconsumed-promise adds no handler on its own (a
 * published library, a project whose error tracker reports unhandled rejections, a lint that
 * forbids `console`, the package's own rejection handler) the deadline is a suggestion; in an application the two rules' auto fixes combine; an awaited request stays auto.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { makeProject } from '../helpers/temp';

const DROPPED = ['export function sendUsagePing(url: string): void {', '  fetch(url);', '}', ''].join('\n');
const AWAITED = ['export async function loadLicense(url: string): Promise<unknown> {', '  const res = await fetch(url);', '  return res.json();', '}', ''].join('\n');

async function fixLevels(files: Record<string, string>): Promise<string[]> {
  const result = await run({ cwd: makeProject(files), paths: ['.'], rules: ['fetch-timeout'], jobs: 1, prettier: false, config: false });
  expect(result.errors).toEqual([]);
  return result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.fix}${finding.message.includes('Its promise is dropped') ? ' (dropped note)' : ''}`);
}

describe('fetch-timeout on a dropped request', () => {
  it('a published library: suggestion, with the reason', async () => {
    expect(await fixLevels({ 'package.json': JSON.stringify({ name: '@acme/canvas', main: 'src/ping.ts' }), 'src/ping.ts': DROPPED })).toEqual([
      'src/ping.ts:2 suggestion (dropped note)',
    ]);
  });

  it('an application with an error tracker: suggestion, with the reason', async () => {
    const files = { 'package.json': JSON.stringify({ name: 'desk', private: true, dependencies: { '@sentry/browser': '^8.0.0' } }), 'src/ping.ts': DROPPED };
    expect(await fixLevels(files)).toEqual(['src/ping.ts:2 suggestion (dropped note)']);
  });

  it("an application whose lint forbids console, or with its own rejection handler: suggestion, with the reason", async () => {
    const app = JSON.stringify({ name: 'desk', private: true });
    expect(await fixLevels({ 'package.json': app, 'eslint.config.mjs': 'export default [{ rules: { "no-console": "error" } }];\n', 'src/ping.ts': DROPPED })).toEqual([
      'src/ping.ts:2 suggestion (dropped note)',
    ]);
    const handler = "window.addEventListener('unhandledrejection', (event) => { showErrorPage(event.reason); });\ndeclare function showErrorPage(reason: unknown): void;\n";
    expect(await fixLevels({ 'package.json': app, 'src/errors.ts': handler, 'src/ping.ts': DROPPED })).toEqual(['src/ping.ts:2 suggestion (dropped note)']);
  });

  it('an application: auto (unconsumed-promise adds the handler)', async () => {
    expect(await fixLevels({ 'package.json': JSON.stringify({ name: 'web', private: true }), 'src/ping.ts': DROPPED })).toEqual(['src/ping.ts:2 auto']);
  });

  it('a published library whose request is awaited: auto', async () => {
    expect(await fixLevels({ 'package.json': JSON.stringify({ name: '@acme/canvas', main: 'src/license.ts' }), 'src/license.ts': AWAITED })).toEqual(['src/license.ts:2 auto']);
  });
});
