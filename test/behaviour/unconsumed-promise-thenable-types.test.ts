/**
 * unconsumed-promise with type information on thenables that are no native promise
 * (rejection-method.ts): `.then(undefined, handler)` where the type has no `catch` (a
 * `PromiseLike`: `.catch` would be TS2339), `.catch` where it has one (a query builder whose
 * `then` returns a promise), and no fix where its `then` takes no rejection callback either.
 * The fixed file must type-check as the input did.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { makeProject } from '../helpers/temp';
import { lintWithTypes } from '../helpers/lint-with-types';

const COMPILER_OPTIONS = { strict: true, noEmit: true, lib: ['ES2023', 'DOM'], types: [], module: 'preserve', moduleResolution: 'bundler' };
const TSCONFIG = JSON.stringify({ compilerOptions: COMPILER_OPTIONS, include: ['src'] });

const LIB = [
  '// A query: a PromiseLike, no `catch`.',
  'export interface Query<T> extends PromiseLike<T> { where(column: string): Query<T> }',
  'export declare function query<T>(table: string): Query<T>;',
  "// A builder whose `then` returns a native promise, and that has its own `catch` (Knex's shape).",
  'export interface Builder<T> {',
  '  then<R>(ok: (value: T) => R, fail?: (error: any) => R): Promise<R>;',
  '  catch(fail: (error: any) => void): Promise<T>;',
  '}',
  'export declare function knex(table: string): Builder<string[]>;',
  '// A step whose `then` takes no rejection callback.',
  'export interface Step { then(ok: () => void): Step }',
  'export declare function step(): Step;',
  '',
].join('\n');

const MAIN = [
  "import { knex, query, step } from './lib';",
  '',
  'export function run(render: (rows: string[]) => void): void {',
  "  query<string[]>('users').then(render);",
  "  knex('users').then(render);",
  '  step().then(() => {});',
  '  const pending = step().then(() => {});',
  '}',
  '',
].join('\n');

function diagnostics(dir: string): string[] {
  const program = ts.createProgram([path.join(dir, 'src/main.ts'), path.join(dir, 'src/lib.ts')], {
    strict: true,
    noEmit: true,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('unconsumed-promise on thenables, with type information', () => {
  it('hands the handler to `.then(undefined, …)` where the type has no `catch`, and the output type-checks', () => {
    const dir = makeProject({ 'tsconfig.json': TSCONFIG, 'src/lib.ts': LIB, 'src/main.ts': MAIN });
    const file = path.join(dir, 'src/main.ts');
    expect(diagnostics(dir)).toEqual([]);
    const result = lintWithTypes(dir, 'src/main.ts', MAIN, 'unconsumed-promise', true);
    expect(result.findings.map((f) => [f.line, f.fix, f.confidence, f.fixDescription ?? null])).toEqual([
      [4, 'suggestion', 'high', 'void … .then(undefined, console.error)'],
      [5, 'suggestion', 'high', 'void … .catch(console.error)'],
      [6, 'none', 'low', null],
      [7, 'none', 'low', null],
    ]);
    expect(result.output).toBe(
      [
        "import { knex, query, step } from './lib';",
        '',
        'export function run(render: (rows: string[]) => void): void {',
        "  void query<string[]>('users').then(render).then(undefined, (error) => console.error(error));",
        "  void knex('users').then(render).catch((error) => console.error(error));",
        '  step().then(() => {});',
        '  const pending = step().then(() => {});',
        '}',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(file, result.output!);
    expect(diagnostics(dir)).toEqual([]);
    // two programs type-checked: as slow as the fixture projects' type checks on a loaded 2-core CI
  }, 180_000);
});
