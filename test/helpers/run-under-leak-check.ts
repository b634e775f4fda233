/**
 * Proof for the rules: run a fixture's input and its output under the leak check, to show the
 * input leaks and the fixed output does not. Wherever a rule case can run in Node:
 *
 *   const scenario = (fixture) => {
 *     const poller = new fixture.Poller();
 *     poller.start(() => {});
 *     poller.dispose();
 *   };
 *   const input = await runUnderLeakCheck(`${dir}/dispose-class.input.ts`, scenario);
 *   expect(input.leaks.map((leak) => [leak.kind, leak.createdBy])).toEqual([['interval', 'Poller.start']]);
 *   expect((await runUnderLeakCheck(`${dir}/dispose-class.output.ts`, scenario)).leaks).toEqual([]);
 *
 * The fixture is transpiled with TypeScript's `transpileModule` (types erased, ESM to CommonJS,
 * JSX for .tsx) and loaded as a fresh module named after the fixture file, so creation stacks
 * name the fixture and its functions (line numbers are those of the transpiled JavaScript).
 * Its imports resolve from the repository's node_modules. Whatever the scenario leaves alive
 * is closed after the check (timers cleared, sockets and servers destroyed, children killed),
 * so a leaking input does not disturb the rest of the suite.
 */
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { findLeaks, type LeakCheckOptions, type LeakedResource } from '../../src/runtime/testing/index';

export type FixtureModule = Record<string, unknown>;

export interface LeakRun<T> {
  /** What was still alive after the scenario (and the wait): empty for leak-free code. */
  leaks: LeakedResource[];
  /** What the scenario returned. */
  result: T;
}

/**
 * Loads a TypeScript or JavaScript fixture as a CommonJS module; `modules` stand in for the
 * imports they name (a framework's lifecycle, a server that never fires).
 */
export function loadFixtureModule(file: string, modules: Record<string, unknown> = {}): FixtureModule {
  const filename = path.resolve(file);
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      jsx: ts.JsxEmit.ReactJSX,
    },
  });
  const loaded = new Module(filename, module);
  loaded.filename = filename;
  loaded.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(filename));
  const requireReal = loaded.require.bind(loaded);
  loaded.require = Object.assign((id: string): unknown => (Object.hasOwn(modules, id) ? modules[id] : requireReal(id)), requireReal);
  (loaded as unknown as { _compile(code: string, filename: string): void })._compile(outputText, filename);
  return loaded.exports as FixtureModule;
}

/**
 * Runs `scenario` on the fixture module under the leak check and returns what leaked. The
 * default options wait 200 ms for resources to close.
 */
export async function runUnderLeakCheck<T>(
  file: string,
  scenario: (fixture: FixtureModule) => T | Promise<T>,
  options: LeakCheckOptions = {},
  modules: Record<string, unknown> = {},
): Promise<LeakRun<Awaited<T>>> {
  const fixture = loadFixtureModule(file, modules);
  let result!: Awaited<T>;
  const leaks = await findLeaks(async () => {
    result = await scenario(fixture);
  }, { timeoutMs: 200, ...options });
  releaseAll(leaks);
  return { leaks, result };
}

/** Closes what a leaking fixture left behind. */
function releaseAll(leaks: readonly LeakedResource[]): void {
  for (const leak of leaks) {
    const resource = leak.resource as { _onTimeout?: unknown; close?: () => void } | undefined;
    const owner = leak.owner as { destroy?: () => void; close?: () => void; kill?: () => void } | undefined;
    if (leak.kind === 'interval' || leak.kind === 'timeout') clearTimeout(resource as NodeJS.Timeout);
    else if (leak.kind === 'immediate') clearImmediate(resource as NodeJS.Immediate);
    else if (leak.kind === 'child-process') owner?.kill?.();
    else if (typeof owner?.destroy === 'function') owner.destroy();
    else if (typeof owner?.close === 'function') owner.close();
    else if (typeof resource?.close === 'function') resource.close();
  }
}
