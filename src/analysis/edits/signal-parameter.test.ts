import { describe, expect, it } from 'vitest';
import type { Function as FunctionNode } from '@babel/types';
import { parseSource } from '../../engine/parse';
import { projectFileOf } from '../../engine/project-files';
import { SourceText } from '../../core/source-text';
import { applyEdits } from '../../core/fixer';
import { forEachDescendant } from '../syntax/descendants';
import { isFunctionNode } from '../syntax/scope';
import type { NodePath } from '../../core/traverse';
import { addSignalParameter } from './signal-parameter';

const noImports = { resolveImport: () => null };

/** Adds the signal to the first function of `code`; returns the new text and where callers pass it. */
function add(code: string, language: 'ts' | 'js' = 'ts'): { text: string; expression: string; position: unknown } | { failure: string } {
  const file = projectFileOf('a.ts', language, parseSource(code, { language, sourceType: 'module' }), new SourceText(code));
  let fn: NodePath<FunctionNode> | null = null;
  forEachDescendant(file.program, (path) => {
    if (!fn && isFunctionNode(path.node)) fn = path as NodePath<FunctionNode>;
    return undefined;
  });
  const added = addSignalParameter(file, fn!, noImports);
  if ('failure' in added) return added;
  const own = added.files.find((entry) => entry.file === 'a.ts')!;
  return { text: applyEdits(code, own.edits, '\n'), expression: added.expression, position: added.position };
}

describe('addSignalParameter', () => {
  it('adds an optional last parameter, typed in TypeScript', () => {
    expect(add('async function wait(em: Emitter) {}')).toEqual({ text: 'async function wait(em: Emitter, signal?: AbortSignal) {}', expression: 'signal', position: { kind: 'parameter', index: 1 } });
    expect(add('async function wait() {}')).toMatchObject({ text: 'async function wait(signal?: AbortSignal) {}' });
    expect(add('const wait = async (em) => {};', 'js')).toMatchObject({ text: 'const wait = async (em, signal) => {};' });
    expect(add('const wait = async em => {};', 'js')).toMatchObject({ text: 'const wait = async (em, signal) => {};' });
  });

  it('adds a signal field to an options object parameter and its inline type', () => {
    const added = add('function wait(em: Emitter, options: { ms: number } = { ms: 1 }) {}');
    expect(added).toMatchObject({ position: { kind: 'option', index: 1 } });
    expect((added as { text: string }).text).toContain('signal?: AbortSignal');
  });

  it('writes the new field in the separator style of a multi-line inline type', () => {
    const bare = add('async function wait(options: {\n  server: Server\n  fromDate: Date\n}) {}');
    expect((bare as { text: string }).text).toBe('async function wait(options: {\n  server: Server\n  fromDate: Date\n  signal?: AbortSignal\n}) {}');
    const semicolons = add('async function wait(options: {\n  server: Server;\n  fromDate: Date;\n}) {}');
    expect((semicolons as { text: string }).text).toBe('async function wait(options: {\n  server: Server;\n  fromDate: Date;\n  signal?: AbortSignal;\n}) {}');
    const lastBare = add('async function wait(options: {\n  server: Server;\n  fromDate: Date\n}) {}');
    expect((lastBare as { text: string }).text).toBe('async function wait(options: {\n  server: Server;\n  fromDate: Date;\n  signal?: AbortSignal;\n}) {}');
  });

  it('refuses what it cannot extend', () => {
    expect(add('function wait(...events: string[]) {}')).toEqual({ failure: 'its last parameter is a rest parameter' });
    expect(add('function wait(em: Emitter) { const signal = 1; }')).toEqual({ failure: 'the name `signal` is already taken in the function' });
  });
});
