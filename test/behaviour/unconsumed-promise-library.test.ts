/**
 * unconsumed-promise in a published library (docs/catalog.md fix levels, issue 10): `console.error` is
 * not a library's error channel, so the `void … .catch(…)` fix there is a suggestion, unless
 * `onError` names the library's own reporter. The same file in an application stays `auto`.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { makeProject } from '../helpers/temp';

const SOURCE = [
  'async function flush(): Promise<void> {}',
  '',
  'export function schedule(): void {',
  '  flush();',
  '}',
  '',
].join('\n');

async function fixLevels(files: Record<string, string>, config?: object): Promise<string[]> {
  const dir = makeProject(config ? { ...files, 'unleak.config.json': JSON.stringify(config) } : files);
  const result = await run({ cwd: dir, paths: ['.'], rules: ['unconsumed-promise'], jobs: 1, prettier: false, ...(config ? {} : { config: false }) });
  expect(result.errors).toEqual([]);
  return result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.fix}${finding.message.includes('published library') ? ' (library note)' : ''}`);
}

describe('unconsumed-promise in library code', () => {
  it('a published package (entry point, not private): suggestion, with the reason', async () => {
    expect(await fixLevels({ 'package.json': JSON.stringify({ name: '@acme/queue', main: 'src/queue.ts' }), 'src/queue.ts': SOURCE })).toEqual([
      'src/queue.ts:4 suggestion (library note)',
    ]);
  });

  it('an application (private package): auto', async () => {
    expect(await fixLevels({ 'package.json': JSON.stringify({ name: 'web', private: true, main: 'src/queue.ts' }), 'src/queue.ts': SOURCE })).toEqual(['src/queue.ts:4 auto']);
  });

  it('an entry point naming a TypeScript source that is not there is no entry point: an application, auto', async () => {
    // `"main": "index.ts"` with no index.ts beside it: a build never emits a .ts source, so no importer could load it
    expect(await fixLevels({ 'package.json': JSON.stringify({ name: 'tracker-ui', version: '4.0.0', main: 'index.ts' }), 'frontend/src/queue.ts': SOURCE })).toEqual([
      'frontend/src/queue.ts:4 auto',
    ]);
    // the same entry when the file is there, and a missing JavaScript entry (build output not built yet): a library
    expect(await fixLevels({ 'package.json': JSON.stringify({ name: 'tracker-ui', main: 'index.ts' }), 'index.ts': 'export {};\n', 'src/queue.ts': SOURCE })).toEqual([
      'src/queue.ts:4 suggestion (library note)',
    ]);
    expect(await fixLevels({ 'package.json': JSON.stringify({ name: '@acme/queue', main: 'dist/index.js', types: 'src/index.ts' }), 'src/queue.ts': SOURCE })).toEqual([
      'src/queue.ts:4 suggestion (library note)',
    ]);
  });

  it('a library that names its own reporter in onError: auto', async () => {
    const files = {
      'package.json': JSON.stringify({ name: '@acme/queue', exports: './src/queue.ts' }),
      'src/queue.ts': SOURCE,
    };
    const config = { rules: { 'unconsumed-promise': { onError: 'report.error', onErrorModule: './src/report' } } };
    expect(await fixLevels(files, config)).toEqual(['src/queue.ts:4 auto']);
  });

  it('an application with an error tracker (Sentry): suggestion, with the reason, unless onError names a reporter', async () => {
    const files = { 'package.json': JSON.stringify({ name: 'desk', private: true, dependencies: { '@sentry/electron': '^5.0.0' } }), 'src/queue.ts': SOURCE };
    const [finding] = (await run({ cwd: makeProject(files), paths: ['.'], rules: ['unconsumed-promise'], jobs: 1, prettier: false, config: false })).findings;
    expect(finding?.fix).toBe('suggestion');
    expect(finding?.message).toContain('The project reports errors with @sentry/electron, which catches unhandled rejections');
    const config = { rules: { 'unconsumed-promise': { onError: 'report.error', onErrorModule: './src/report' } } };
    expect(await fixLevels(files, config)).toEqual(['src/queue.ts:4 auto']);
  });
});
