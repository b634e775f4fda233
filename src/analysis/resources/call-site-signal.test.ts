import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSource } from '../../engine/parse';
import { projectFileOf } from '../../engine/project-files';
import { SourceText } from '../../core/source-text';
import { applyEdits } from '../../core/fixer';
import { forEachDescendant } from '../syntax/descendants';
import type { NodePath } from '../../core/traverse';
import type { SignalParameter } from '../edits/signal-parameter';
import { passSignal } from './call-site-signal';

const AT_END: SignalParameter = { expression: 'signal', position: { kind: 'parameter', index: 1 }, files: [] };

/** Passes the signal at the first call of `wait(…)` in `code`; the new text, or `null` when no signal is in scope there. */
function pass(code: string, parameter = AT_END, language: 'ts' | 'tsx' = 'ts'): string | null {
  const file = projectFileOf(`a.${language}`, language, parseSource(code, { language, sourceType: 'module' }), new SourceText(code));
  let call: NodePath<CallExpression> | null = null;
  forEachDescendant(file.program, (path) => {
    const node = path.node;
    if (!call && node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'wait') call = path as NodePath<CallExpression>;
    return undefined;
  });
  const result = passSignal({ file, call: call! }, parameter, { file: 'other.ts', fn: file.program, expression: 'signal' });
  if (!result) return null;
  return applyEdits(code, [...result.edits, ...(result.handler?.edits ?? [])], '\n');
}

describe('passSignal', () => {
  it('passes the signal in scope', () => {
    expect(pass('async function run(signal: AbortSignal) { await wait(em); }')).toBe('async function run(signal: AbortSignal) { await wait(em, signal); }');
    expect(pass('async function run(opts: { signal?: AbortSignal }) { await wait(em); }')).toBe('async function run(opts: { signal?: AbortSignal }) { await wait(em, opts.signal); }');
  });

  it('fills skipped optional parameters with undefined, and adds to an options object', () => {
    expect(pass('function run(signal: AbortSignal) { wait(); }')).toBe('function run(signal: AbortSignal) { wait(undefined, signal); }');
    const option: SignalParameter = { expression: 'options?.signal', position: { kind: 'option', index: 1, optional: true }, files: [] };
    expect(pass('function run(signal: AbortSignal) { wait(em, { ms: 1 }); }', option)).toBe('function run(signal: AbortSignal) { wait(em, { ms: 1, signal }); }');
  });

  it("gives an Express handler a controller the response's close aborts", () => {
    expect(pass("app.get('/x', async (req, res) => {\n  await wait(em);\n});")).toBe(
      "app.get('/x', async (req, res) => {\n  const controller = new AbortController();\n  res.on('close', () => controller.abort());\n  await wait(em, controller.signal);\n});",
    );
  });

  it('returns null where no signal can be had', () => {
    expect(pass('async function run() { await wait(em); }')).toBeNull();
    expect(pass('function run(signal: AbortSignal) { wait(...args); }')).toBeNull();
  });
});
