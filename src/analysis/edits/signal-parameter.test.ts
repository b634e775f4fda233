import { describe, expect, it } from 'vitest';
import type { Function as FunctionNode } from '@babel/types';
import { parseSource } from '../../engine/parse';
import { projectFileOf } from '../../engine/project-files';
import { SourceText } from '../../core/source-text';
import { applyEdits } from '../../core/fixer';
import type { TextEdit } from '../../core/finding';
import { forEachDescendant } from '../syntax/descendants';
import { isFunctionNode } from '../syntax/scope';
import type { NodePath } from '../../core/traverse';
import type { ProjectFile } from '../../core/rule';
import { addSignalParameter } from './signal-parameter';

const noImports = { resolveImport: () => null };

function fileOf(name: string, code: string, language: 'ts' | 'js' = 'ts'): ProjectFile {
  return projectFileOf(name, language, parseSource(code, { language, sourceType: 'module' }), new SourceText(code));
}

/** Adds the signal to the first function of `code`; returns the new text and where callers pass it. */
function add(code: string, language: 'ts' | 'js' = 'ts'): { text: string; expression: string; position: unknown } | { failure: string } {
  const file = fileOf('a.ts', code, language);
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

  it("adds the field to the options type's interface or object type alias, in this file or the project file it is imported from", () => {
    expect(add('interface Options { ms: number }\nasync function wait(options: Options) {}')).toMatchObject({ text: 'interface Options { ms: number; signal?: AbortSignal }\nasync function wait(options: Options) {}', expression: 'options.signal' });
    expect(add('export type Options = { ms: number };\nasync function wait(opts?: Options) {}')).toMatchObject({ text: 'export type Options = { ms: number; signal?: AbortSignal };\nasync function wait(opts?: Options) {}', expression: 'opts?.signal' });
    expect(add('type Options = { ms: number };\nasync function wait({ ms }: Options) {}')).toMatchObject({ text: 'type Options = { ms: number; signal?: AbortSignal };\nasync function wait({ ms, signal }: Options) {}' });
    // a `signal` it already has: only the pattern gets it
    expect(add('type Options = { ms: number; signal?: AbortSignal };\nasync function wait({ ms }: Options) {}')).toMatchObject({ text: 'type Options = { ms: number; signal?: AbortSignal };\nasync function wait({ ms, signal }: Options) {}' });
    const types = fileOf('types.ts', 'export interface Options {\n  ms: number;\n}\n');
    const main = fileOf('a.ts', "import type { Options as Opts } from './types';\nexport async function wait(options: Opts) {}");
    let fn: NodePath<FunctionNode> | null = null;
    forEachDescendant(main.program, (path) => {
      if (!fn && isFunctionNode(path.node)) fn = path as NodePath<FunctionNode>;
      return undefined;
    });
    const added = addSignalParameter(main, fn!, { resolveImport: (from, specifier) => (from === main && specifier === './types' ? types : null) });
    expect(added).toMatchObject({ expression: 'options.signal', files: [{ file: 'types.ts' }] });
    const edits = (added as { files: { edits: TextEdit[] }[] }).files[0]!.edits;
    expect(applyEdits(types.source.text, edits, '\n')).toBe('export interface Options {\n  ms: number;\n  signal?: AbortSignal;\n}\n');
  });

  it('refuses an options type it cannot extend', () => {
    expect(add('interface Options extends Base { ms: number }\nasync function wait(options: Options) {}')).toEqual({ failure: 'its options interface Options extends another type' });
    expect(add('type Options = Base & { ms: number };\nasync function wait(options: Options) {}')).toEqual({ failure: 'its options type Options is not an object type' });
    expect(add("import { Options } from './types';\nasync function wait(options: Options) {}")).toEqual({ failure: 'its options type Options comes from ./types, outside the files of this run' });
    expect(add("import Options from './types';\nasync function wait(options: Options) {}")).toEqual({ failure: 'the declaration of its options type Options could not be found in the project' });
    expect(add('async function wait(options: Options) {}')).toEqual({ failure: 'the declaration of its options type Options could not be found in the project' });
    // a generic reference, a union: not an options object it reads; the signal becomes a parameter of its own
    expect(add('interface Options<T> { ms: T }\nasync function wait(options: Options<number>) {}')).toMatchObject({ position: { kind: 'parameter', index: 1 } });
    expect(add('interface Options { ms: number }\nasync function wait(options: Options | undefined) {}')).toMatchObject({ position: { kind: 'parameter', index: 1 } });
  });

  it('takes a quoted `signal` key for the field the type has (it wrote a second one, a duplicate identifier)', () => {
    expect(add("type Options = { ms: number; 'signal'?: AbortSignal };\nasync function wait({ ms }: Options) {}")).toMatchObject({ text: "type Options = { ms: number; 'signal'?: AbortSignal };\nasync function wait({ ms, signal }: Options) {}" });
  });
});
