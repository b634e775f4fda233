/**
 * Fixes compose (issue 10): listener-cleanup's fix adds `c.abort()` to an effect's cleanup, so a
 * request given `c.signal` now rejects with an `AbortError` on every unmount. Alone, that fix
 * turns a leak into an unhandled rejection (Node ends the process; browsers log an error). With
 * every rule in the same run, unconsumed-promise makes the chain's rejection observed, and its
 * default handler ignores the `AbortError`.
 *
 * Each output is rendered with React in a child Node process (happy-dom's window, a `fetch` that
 * rejects with the signal's reason when aborted, as the real one does) under
 * `--unhandled-rejections=strict`, then unmounted.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { rules } from '../../transforms/index';
import { fixWithRules } from '../helpers/fix-with-rules';
import { makeProject } from '../helpers/temp';

const INPUT = [
  "import { useEffect, useState } from 'react';",
  '',
  'export function Profile({ url }: { url: string }) {',
  "  const [name, setName] = useState('');",
  '  useEffect(() => {',
  '    const c = new AbortController();',
  '    fetch(url, { signal: c.signal }).then((r) => r.json()).then((user) => setName(user.name));',
  '  }, [url]);',
  '  return <p>{name}</p>;',
  '}',
  '',
].join('\n');

function write(ruleIds: readonly string[]): string {
  return fixWithRules(INPUT, 'profile.tsx', ruleIds);
}

const RUNNER = `
const { Window } = require('happy-dom');
const window = new Window();
for (const name of ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'Event']) {
  if (!(name in globalThis)) globalThis[name] = name === 'window' ? window : window[name];
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;
let started = 0;
let aborted = 0;
globalThis.fetch = (url, init = {}) => {
  started++;
  return new Promise((resolve, reject) => {
    init.signal?.addEventListener('abort', () => {
      aborted++;
      reject(init.signal.reason);
    });
  });
};
const React = require('react');
const { createRoot } = require('react-dom/client');
const { Profile } = require('./profile.cjs');
(async () => {
  const root = createRoot(document.createElement('div'));
  await React.act(async () => root.render(React.createElement(Profile, { url: '/users/1' })));
  await React.act(async () => root.unmount());
  await new Promise((resolve) => setTimeout(resolve, 50));
  console.log(JSON.stringify({ started, aborted }));
  await window.happyDOM.close();
})();
`;

function renderAndUnmount(source: string): { status: number | null; stdout: string; stderr: string } {
  const { outputText } = ts.transpileModule(source, {
    fileName: 'profile.tsx',
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX, esModuleInterop: true },
  });
  const dir = makeProject({ 'profile.cjs': outputText, 'main.cjs': RUNNER });
  fs.symlinkSync(path.resolve(__dirname, '../../node_modules'), path.join(dir, 'node_modules'), 'dir');
  const result = spawnSync(process.execPath, ['--unhandled-rejections=strict', path.join(dir, 'main.cjs')], { encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('listener-cleanup and unconsumed-promise on one effect, at run time', () => {
  const single = write(['listener-cleanup']);
  const all = write(rules.map((rule) => rule.meta.id));

  it('listener-cleanup alone adds the abort; every rule also observes the rejection', () => {
    expect(single).toContain('c.abort();');
    expect(single).not.toContain('.catch(');
    expect(all).toContain('c.abort();');
    expect(all).toContain(".then((user) => setName(user.name)).catch((error) => { if (error?.name !== 'AbortError') console.error(error); });");
  });

  it('the input leaves the request running after unmount (the leak)', () => {
    const input = renderAndUnmount(INPUT);
    expect(input.stderr).toBe('');
    expect(input.status).toBe(0);
    expect(JSON.parse(input.stdout)).toEqual({ started: 1, aborted: 0 });
  });

  it('listener-cleanup alone: the unmount aborts the request, and its rejection is unhandled', () => {
    const result = renderAndUnmount(single);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('AbortError');
  });

  it('every rule: the unmount aborts the request, and nothing is reported or unhandled', () => {
    const result = renderAndUnmount(all);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ started: 1, aborted: 1 });
  });
});
