/**
 * fetch-timeout's project phase: a report-only request the file alone would report at `high`
 * is `medium` when the module it is in runs only in tests — every file of the run that imports
 * it is a test file (test-file-path.ts), or a module that is itself imported only by tests (a
 * helper of a test helper, a few files deep), and none of its exports is its package's public
 * API. Like a request written in a test file (rule.ts `testFileConfidence`), it is made while a
 * test runs, and the test runner's timeout ends a request that hangs (issue 15: karakeep's
 * `AdminClient` of its queue tests, standardnotes' `mocha/lib/factory.js`, labelled not leaks).
 *
 *   // src/admin.ts                                 // src/tests/queue.test.ts
 *   export class AdminClient {                      import { AdminClient } from '../admin';
 *     async stats() {                               const admin = new AdminClient(url);
 *       return (await fetch(url)).json();           expect(await admin.stats()).toEqual(…);
 *     }
 *   }
 *
 * Also where the callers of a project's API client say whether a `signal` comes with the options
 * it forwards (forwarding-callers.ts), and whether an exported function's callers all drop its
 * promise (dropping-callers.ts).
 *
 * Not such a module: one no file of the run imports (an entry point, or imported by a package
 * name from elsewhere: see project-importers.ts for what is followed), one any other file
 * imports, or one whose exports its package.json names. Its findings stay as the file said.
 */
import type { ProjectContext, ProjectFile } from '../../src/core/rule';
import { isTestFilePath } from '../../src/analysis/syntax/test-file-path';
import type { FetchTimeoutOptions } from './meta';
import { findDroppingCallers } from './dropping-callers';
import { describeForwardedSignal, describeSignalLessCallers, findForwardingCallers, type CollectedForwarding } from './forwarding-callers';

/** What the per-file phase keeps of a report-only finding it would report at `high`. */
export interface CollectedReportOnly {
  start: number;
  end: number;
  message: string;
  /** Start offset of the exported function whose callers decide whether anything waits (dropping-callers.ts). */
  fn?: number;
  /** The function that forwards its caller's options to the request, whose callers decide whether a `signal` comes with them (forwarding-callers.ts). */
  forwarding?: CollectedForwarding;
}

/** How many modules deep a chain of modules imported only by tests is followed. */
const MAX_DEPTH = 3;
/** How many importers a message names. */
const NAMED = 2;

export function planReportOnly(context: ProjectContext<FetchTimeoutOptions>): void {
  for (const { file, data } of context.collected) {
    context.scoped(() => {
      const tests = findTestImporters(context, file, 0, new Set());
      const items = data as CollectedReportOnly[];
      const opened = tests || items.every((item) => item.fn === undefined && item.forwarding === undefined) ? null : context.open(file);
      const dropped = new Map<number, string | null>();
      for (const item of items) {
        const range = { start: item.start, end: item.end };
        if (tests) {
          context.report({ file, range, message: `${item.message} ${describeTestImporters(tests)}`, confidence: 'medium' });
          continue;
        }
        let message = item.message;
        // Case: `function api(url, init) { return fetch(url, init) }`: `high` only when no caller can pass a `signal` in `init`
        if (item.forwarding) {
          const callers = opened ? findForwardingCallers(context, opened, item.forwarding) : { signalLess: false as const, why: 'its file cannot be read again' };
          if (!callers.signalLess) {
            context.report({ file, range, message: `${message} ${describeForwardedSignal(item.forwarding, callers.why)}`, confidence: 'medium' });
            continue;
          }
          message = `${message} ${describeSignalLessCallers(item.forwarding, callers.evidence)}`;
        }
        // Case: `export const check = async () => (await fetch(url)).json()`, whose every caller drops its promise
        if (item.fn !== undefined && opened && !dropped.has(item.fn)) dropped.set(item.fn, findDroppingCallers(context, opened, item.fn));
        const evidence = item.fn !== undefined ? dropped.get(item.fn) : null;
        if (evidence) context.report({ file, range, message: `${message} Nothing waits for its answer (${evidence}): a hang holds a connection, not the code.`, confidence: 'medium' });
        else context.report({ file, range, message });
      }
    });
  }
}

export function describeTestImporters(tests: readonly string[]): string {
  const named = tests.slice(0, NAMED).map((test) => `\`${test}\``).join(', ');
  const more = tests.length > NAMED ? ` and ${tests.length - NAMED} more` : '';
  return `The module runs only in tests: the files that import it are tests (${named}${more}) or modules only tests import, and the test runner's timeout ends a request that hangs.`;
}

/**
 * The test files through which `file` is imported, when every importer is a test file or (up to
 * MAX_DEPTH) a module itself imported only by tests and none of `file`'s exports is public API;
 * otherwise `null`.
 */
function findTestImporters(context: ProjectContext<FetchTimeoutOptions>, file: string, depth: number, seen: Set<string>): string[] | null {
  seen.add(file);
  const importers = context.importersOf(file);
  if (importers.length === 0) return null;
  const tests: string[] = [];
  for (const importer of importers) {
    if (isTestFilePath(importer)) {
      tests.push(importer);
      continue;
    }
    // Case: `lib/factory.js` beside the tests, imported by `lib/app-context.js` that only `*.test.js` files import
    if (depth + 1 >= MAX_DEPTH || seen.has(importer)) return null;
    const through = findTestImporters(context, importer, depth + 1, seen);
    if (!through) return null;
    for (const test of through) if (!tests.includes(test)) tests.push(test);
  }
  // Last: it opens the file and the package's entry points.
  return isPublicModule(context, file) ? null : tests;
}

/** Some export of `file` is its package's public API (package.json `exports`, `main`, `module`, `bin`). */
function isPublicModule(context: ProjectContext<FetchTimeoutOptions>, file: string): boolean {
  const opened = context.open(file);
  if (!opened) return true;
  return getExportNames(opened).some((name) => context.isPublicApi(opened, name) === true);
}

/** The names `file` exports at its top level (`default` included); `*` for an `export * from`. */
function getExportNames(file: ProjectFile): string[] {
  const names: string[] = [];
  for (const statement of file.ast.program.body) {
    if (statement.type === 'ExportDefaultDeclaration') names.push('default');
    else if (statement.type === 'ExportAllDeclaration') names.push('*');
    else if (statement.type === 'ExportNamedDeclaration') {
      const declaration = statement.declaration;
      if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) if (declarator.id.type === 'Identifier') names.push(declarator.id.name);
      } else if (declaration && 'id' in declaration && declaration.id?.type === 'Identifier') names.push(declaration.id.name);
      for (const specifier of statement.specifiers) {
        const exported = specifier.exported;
        names.push(exported.type === 'Identifier' ? exported.name : exported.value);
      }
    }
  }
  return names;
}
