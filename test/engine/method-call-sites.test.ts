/**
 * loop-cancellation on class methods: their call sites come from the type checker's references
 * (src/engine/project-call-sites.ts). What keeps the fix a suggestion, and says why: an exported
 * class no other file of the run calls, a class that is public API of its package, no program.
 * The fixture projects class-method, class-method-through-interface and class-method-js cover
 * the edits.
 */
import { describe, expect, test } from 'vitest';
import { run } from '../../src/engine/run';
import { makeProject, read } from '../helpers/temp';

const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022'], types: [] }, include: ['src'] });

const worker = (exported: boolean): string =>
  [
    "declare function sleep(ms: number, value?: undefined, options?: { signal?: AbortSignal }): Promise<void>;",
    '',
    `${exported ? 'export ' : ''}class Worker {`,
    '  async run(queue: string) {',
    '    while (true) {',
    '      console.debug(queue);',
    '      await sleep(10);',
    '    }',
    '  }',
    '',
    '  restart(signal: AbortSignal): void {',
    "    void this.run('retries');",
    '  }',
    '}',
    '',
  ].join('\n');

const loopRun = (dir: string, options: Parameters<typeof run>[0] = {}) => run({ cwd: dir, rules: ['loop-cancellation'], config: false, prettier: false, jobs: 1, ...options });

describe('class methods: call sites through the checker', () => {
  test('a class of the file only: this.run() gets the signal and the fix is auto', async () => {
    const dir = makeProject({ 'package.json': '{ "name": "app", "private": true }', 'tsconfig.json': TSCONFIG, 'src/worker.ts': worker(false) });
    const result = await loopRun(dir, { write: true });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.fix}`)).toEqual(['src/worker.ts:5 auto']);
    expect(read(dir, 'src/worker.ts')).toContain("void this.run('retries', signal);");
  });

  test('an exported class no other file calls: a suggestion that says its callers are elsewhere', async () => {
    const dir = makeProject({ 'package.json': '{ "name": "app", "private": true }', 'tsconfig.json': TSCONFIG, 'src/worker.ts': worker(true) });
    const [finding] = (await loopRun(dir)).findings;
    expect(finding?.fix).toBe('suggestion');
    expect(finding?.message).toContain('run() is a method of the exported class Worker and no other file of this run calls it');
  });

  test('a class that is public API of its package: a suggestion that says the API changes', async () => {
    const dir = makeProject({
      'package.json': JSON.stringify({ name: 'lib', exports: { '.': './dist/index.js' } }),
      'tsconfig.json': TSCONFIG,
      'src/index.ts': "export { Worker } from './worker';\n",
      'src/worker.ts': worker(true),
      'src/main.ts': "import { Worker } from './worker';\nexport function start(signal: AbortSignal): void {\n  void new Worker().run('jobs');\n}\n",
    });
    const [finding] = (await loopRun(dir)).findings;
    expect(finding?.fix).toBe('suggestion');
    expect(finding?.message).toContain('public API of its package');
  });

  test('without type information the callers are not followed: a suggestion, no call site edited', async () => {
    const dir = makeProject({ 'package.json': '{ "name": "app", "private": true }', 'tsconfig.json': TSCONFIG, 'src/worker.ts': worker(false) });
    const result = await loopRun(dir, { types: false, write: true, unsafe: true });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.fix}`)).toEqual(['src/worker.ts:5 suggestion']);
    expect(result.findings[0]?.message).toContain('its callers cannot be followed');
    expect(read(dir, 'src/worker.ts')).toContain("void this.run('retries');");
  });
});
