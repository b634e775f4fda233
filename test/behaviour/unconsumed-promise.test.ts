/**
 * Behavioural proof for unconsumed-promise: a fixture's INPUT and OUTPUT are run in a child
 * Node process with `--unhandled-rejections=strict` (the default since Node 15 is `throw`,
 * which also ends the process). The input's floating rejection ends the process with exit code
 * 1; the output reports the error through the handler and exits 0. The default handler reports
 * every rejection; the handler written for a promise the code can cancel (given a signal) lets
 * an `AbortError` through silently.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject } from '../helpers/temp';

const FIXTURES = path.resolve(__dirname, '../../__testfixtures__/unconsumed-promise');

function runFixture(kind: 'input' | 'output'): { status: number | null; stderr: string } {
  const dir = makeProject({
    'job.mjs': fs.readFileSync(path.join(FIXTURES, `runtime-rejection-in-script.${kind}.mjs`), 'utf8'),
    'main.mjs': "import { finishJob } from './job.mjs';\nconsole.log(finishJob());\nsetTimeout(() => console.log('still running'), 50);\n",
  });
  const result = spawnSync(process.execPath, ['--unhandled-rejections=strict', path.join(dir, 'main.mjs')], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('unconsumed-promise at run time', () => {
  it('the input ends the process with an unhandled rejection', () => {
    const { status, stderr } = runFixture('input');
    expect(status).toBe(1);
    expect(stderr).toContain('report to https://example.invalid/report failed');
  });

  it('the output observes the rejection: the error is reported and the process carries on', () => {
    const { status, stderr } = runFixture('output');
    expect(status).toBe(0);
    expect(stderr).toContain('report to https://example.invalid/report failed');
  });

  it('the default handler reports every rejection, an AbortError too', () => {
    const handler = fs.readFileSync(path.join(FIXTURES, 'runtime-rejection-in-script.output.mjs'), 'utf8').match(/\.catch\((.*)\);\n/)![1]!;
    const script = `Promise.reject(new DOMException('stopped', 'AbortError')).catch(${handler});\nPromise.reject(new Error('real')).catch(${handler});\n`;
    const result = spawnSync(process.execPath, ['--unhandled-rejections=strict', '-e', script], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('real');
    expect(result.stderr).toContain('stopped');
  });

  it('the handler of a promise given a signal stays quiet for an AbortError and reports other errors', () => {
    const output = fs.readFileSync(path.join(FIXTURES, 'handler-ignores-abort-only-when-cancellable.output.ts'), 'utf8');
    const handler = output.match(/refresh\(controller\.signal\)\.catch\((.*)\);\n/)![1]!;
    const script = `Promise.reject(new DOMException('stopped', 'AbortError')).catch(${handler});\nPromise.reject(new Error('real')).catch(${handler});\n`;
    const result = spawnSync(process.execPath, ['--unhandled-rejections=strict', '-e', script], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('real');
    expect(result.stderr).not.toContain('stopped');
  });
});
