/**
 * "The output must type-check wherever the input did", for listener-cleanup (the
 * timer-cleanup-types pattern): every TypeScript fixture is compiled (strict, DOM + Node types,
 * React JSX) before and after the fix, and the fix may not add a single diagnostic. Hoisted
 * handlers are where this bites: a parameter typed by the call it was written in would become
 * implicitly `any` once moved out, so the fix types it from the lib (`WindowEventMap['keydown']`)
 * or is only a suggestion.
 *
 * Inputs that import frameworks not installed here (Vue, Angular, RxJS, Svelte, Solid, Lit's
 * decorators, ws, chokidar) keep their "cannot find module" errors on both sides, and a fix may
 * add an import of another entry point of such a framework (`@angular/core/rxjs-interop`):
 * whether a module resolves depends on the project, not on the fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, '__testfixtures__/listener-cleanup');

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.dom.d.ts', 'lib.es2023.d.ts', 'lib.esnext.disposable.d.ts'],
  types: ['node'],
  typeRoots: [path.join(ROOT, 'node_modules/@types')],
  jsx: ts.JsxEmit.ReactJSX,
  experimentalDecorators: true,
  noEmit: true,
  skipLibCheck: true,
};

const cases = fs
  .readdirSync(FIXTURES)
  .filter((file) => /\.input\.tsx?$/.test(file) && !file.startsWith('skip-'))
  .map((file) => file.replace(/\.input\.tsx?$/, ''));

/** Diagnostics per case, without positions (the fix moves lines). */
function diagnose(kind: 'input' | 'output'): Map<string, string[]> {
  const files = cases.map((name) => fs.readdirSync(FIXTURES).find((file) => file.startsWith(`${name}.${kind}.`) && /\.tsx?$/.test(file))!);
  const program = ts.createProgram(
    files.map((file) => path.join(FIXTURES, file)),
    OPTIONS,
  );
  const byCase = new Map<string, string[]>(cases.map((name) => [name, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file ? path.basename(diagnostic.file.fileName) : '';
    const name = file.replace(/\.(input|output)\.tsx?$/, '');
    const message = `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    const list = byCase.get(name);
    if (list) list.push(message);
    else throw new Error(`diagnostic outside the fixtures: ${file} ${message}`);
  }
  for (const list of byCase.values()) list.sort();
  return byCase;
}

/** Everything but "cannot find module" (see the file comment). */
const checked = (list: string[] | undefined): string[] => (list ?? []).filter((message) => !message.startsWith('TS2307:'));

describe('listener-cleanup output types', () => {
  let inputs: Map<string, string[]>;

  it('compiles the inputs', () => {
    inputs = diagnose('input');
    // The check has teeth: most inputs compile cleanly, and only missing frameworks fail.
    const clean = [...inputs.values()].filter((list) => list.length === 0).length;
    expect(clean).toBeGreaterThan(cases.length / 2);
    for (const list of inputs.values()) for (const message of list) expect(message).toMatch(/^TS(2307|2304|2554):/);
  });

  it('adds no diagnostic with the fix', () => {
    const outputs = diagnose('output');
    for (const name of cases) expect(checked(outputs.get(name)), name).toEqual(checked(inputs.get(name)));
  });
});
