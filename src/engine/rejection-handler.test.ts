import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { digestHandlerInputs, findPageRegistration, findPolicyRegistration, findPolicyRegistrations, findRejectionHandlers, handlerFor, type HandlerWalkTrace } from './rejection-handler';

const JS = { language: 'js', sourceType: 'module' } as const;

function makePackage(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-rejection-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('findPolicyRegistration', () => {
  it('finds a browser handler that does more than log, by its name or inline', () => {
    expect(findPolicyRegistration("function onRejection(e) { showErrorPage(e.reason); }\nwindow.addEventListener('unhandledrejection', onRejection);\n", JS)).toBe(2);
    expect(findPolicyRegistration("\nwindow.onunhandledrejection = (e) => { report(e.reason); };\n", JS)).toBe(2);
    expect(findPolicyRegistration("process.on('unhandledRejection', (reason) => {\n  console.error(reason);\n  process.exit(1);\n});\n", JS)).toBe(1);
    // Case: a handler the file does not show (imported): it may do anything
    expect(findPolicyRegistration("import { onRejection } from './errors';\nprocess.once('unhandledRejection', onRejection);\n", JS)).toBe(2);
  });

  it('names the environment each handler covers, the first of each', () => {
    const text = "window.addEventListener('unhandledrejection', (e) => console.error(e));\nprocess.on('unhandledRejection', (reason) => exit(reason));\nwindow.onunhandledrejection = (e) => show(e.reason);\nprocess.once('unhandledRejection', onRejection);\n";
    expect(findPolicyRegistrations(text, JS)).toEqual([{ line: 2, environment: 'node' }, { line: 3, environment: 'browser' }]);
    // Case: a file that does not parse: by its text
    expect(findPolicyRegistrations("process.on('unhandledRejection', exit);\n<<<\nwindow.addEventListener('unhandledrejection', show);\n", JS)).toEqual([{ line: 1, environment: 'node' }, { line: 3, environment: 'browser' }]);
  });

  it('ignores handlers that only log, and other events', () => {
    expect(findPolicyRegistration("process.on('unhandledRejection', (reason) => {\n  console.error('unhandledRejection:', reason);\n});\n", JS)).toBeNull();
    expect(findPolicyRegistration("process.on('unhandledRejection', console.error);\n", JS)).toBeNull();
    expect(findPolicyRegistration("const log = (e) => console.warn('rejected', e);\nwindow.addEventListener('unhandledrejection', log);\n", JS)).toBeNull();
    // Case: a project logger writes elsewhere than the fix's console.error (tabby's main-process-errors.log)
    expect(findPolicyRegistration("process.on('unhandledRejection', (reason) => logger.error(reason));\n", JS)).toBe(1);
    expect(findPolicyRegistration("process.on('unhandledRejection', reason => logMainError('unhandledRejection', reason));\n", JS)).toBe(1);
    expect(findPolicyRegistration("window.addEventListener('rejectionhandled', (e) => report(e));\n", JS)).toBeNull();
  });
});

describe('findRejectionHandlers', () => {
  it("walks the package's own files, not nested packages, dependencies or tests", () => {
    const dir = makePackage({
      'package.json': '{}',
      'node_modules/x/index.js': "window.addEventListener('unhandledrejection', (e) => report(e));\n",
      'packages/lib/package.json': '{}',
      'packages/lib/index.js': "window.addEventListener('unhandledrejection', (e) => report(e));\n",
      'src/app.test.js': "window.addEventListener('unhandledrejection', (e) => report(e));\n",
      'src/main.js': 'export {};\n',
    });
    expect(findRejectionHandlers(dir)).toEqual([]);
    fs.writeFileSync(path.join(dir, 'src/errors/page.js'.replace('errors/', '')), "\n\nwindow.addEventListener('unhandledrejection', (e) => showErrorPage(e.reason));\n");
    expect(findRejectionHandlers(dir)).toEqual([{ file: 'src/page.js', line: 3, environment: 'browser' }]);
  });

  it("finds the first handler of each environment, and gives a file its own environment's", () => {
    const dir = makePackage({
      'package.json': '{}',
      // A Node launcher script's handler: it covers that Node process, not the app's pages
      'scripts/dev.mjs': "process.on('unhandledRejection', (reason) => {\n  shutdown(reason);\n});\n",
      'scripts/later.mjs': "process.on('unhandledRejection', (reason) => exit(reason));\n",
      'src/boot.ts': "\nwindow.addEventListener('unhandledrejection', (event) => showError(event.reason));\n",
      'src/zz.ts': "window.onunhandledrejection = (event) => report(event.reason);\n",
    });
    const sites = findRejectionHandlers(dir);
    expect(sites).toEqual([{ file: 'scripts/dev.mjs', line: 1, environment: 'node' }, { file: 'src/boot.ts', line: 2, environment: 'browser' }]);
    expect(handlerFor(sites, 'node')).toEqual({ file: 'scripts/dev.mjs', line: 1 });
    expect(handlerFor(sites, 'browser')).toEqual({ file: 'src/boot.ts', line: 2 });
    // Code of no known environment: the first found, as before
    expect(handlerFor(sites, null)).toEqual({ file: 'scripts/dev.mjs', line: 1 });
    // Only a Node handler: browser code has none
    const nodeOnly = [sites[0]!];
    expect(handlerFor(nodeOnly, 'browser')).toBeNull();
    expect(handlerFor(nodeOnly, null)).toEqual({ file: 'scripts/dev.mjs', line: 1 });
  });

  it('finds a handler in a file with non-ASCII text and a BOM (the Latin-1 pre-test before decoding), and not in a file over the size limit', () => {
    const dir = makePackage({
      'package.json': '{}',
      'src/main.js': "\uFEFF// Überprüfung — 検証 ☃ ǅ ſ K\nconst msg = 'Fehler: ﬀ ı';\nprocess.on('unhandledRejection', (reason) => showErrorPage(reason));\n",
      'src/big.js': `window.addEventListener('unhandledrejection', (e) => report(e));\n//${'x'.repeat(1_000_001)}\n`,
    });
    expect(findRejectionHandlers(dir)).toEqual([{ file: 'src/main.js', line: 3, environment: 'node' }]);
    const trace: HandlerWalkTrace = { folders: [], read: new Map() };
    findRejectionHandlers(dir, trace);
    expect([...trace.read.keys()].map((file) => path.basename(file))).toEqual(['main.js']);
  });

  it('counts a registration in a component file, whose script it does not parse', () => {
    const dir = makePackage({ 'src/App.vue': "<script setup>\nwindow.addEventListener('unhandledrejection', onError);\n</script>\n" });
    expect(findRejectionHandlers(dir)).toEqual([{ file: 'src/App.vue', line: 2, environment: 'browser' }]);
  });

  it('digests what the walk looks at: a change there changes the digest, a change elsewhere does not', () => {
    const dir = makePackage({ 'package.json': '{}', 'src/main.js': 'export {};\n', 'README.md': 'x', 'node_modules/x/index.js': '' });
    const hashOf = (file: string): string | null => createHash('sha1').update(fs.readFileSync(file)).digest('hex');
    const digest = (): string | null => digestHandlerInputs(dir, hashOf);
    const first = digest();
    expect(first).toMatch(/^[0-9a-f]{40}$/);
    fs.writeFileSync(path.join(dir, 'README.md'), 'y');
    fs.writeFileSync(path.join(dir, 'node_modules/x/index.js'), "process.on('unhandledRejection', exit);\n");
    fs.writeFileSync(path.join(dir, 'src/main.test.js'), "process.on('unhandledRejection', exit);\n");
    expect(digest()).toBe(first);
    const changes: [string, () => void][] = [
      ['a source file edited', () => fs.writeFileSync(path.join(dir, 'src/main.js'), 'export const a = 1;\n')],
      ['a source file added in a new folder', () => fs.mkdirSync(path.join(dir, 'src/boot')) === undefined && fs.writeFileSync(path.join(dir, 'src/boot/x.ts'), '')],
      ['a folder made a package', () => fs.writeFileSync(path.join(dir, 'src/boot/package.json'), '{}')],
    ];
    let last = first;
    for (const [what, change] of changes) {
      change();
      const now = digest();
      expect(now, what).not.toBe(last);
      last = now;
    }
    // A walk's trace: a folder it listed that lists otherwise now is no digest of that walk.
    const trace: HandlerWalkTrace = { folders: [], read: new Map() };
    findRejectionHandlers(dir, trace);
    expect(trace.folders.map(([folder]) => path.relative(dir, folder))).toEqual(['', 'src']);
    expect(digestHandlerInputs(dir, hashOf, trace.folders)).toBe(last);
    fs.writeFileSync(path.join(dir, 'src/late.js'), '');
    expect(digestHandlerInputs(dir, hashOf, trace.folders)).toBeNull();
  });
});

describe('findPageRegistration', () => {
  it("finds a handler in a page's inline script, by the page's line, template syntax and all", () => {
    const head = '<!DOCTYPE html>\n<head>\n<script>\n  window.config = {appUrl: "{{AppUrl}}"};\n  window.addEventListener(\'unhandledrejection\', function(e) {window._errors = window._errors || []; window._errors.push(e);});\n</script>\n';
    expect(findPageRegistration(head)).toBe(5);
    expect(findPageRegistration('<script type="module">\n{{if .Dev}}\nwindow.onunhandledrejection = (e) => show(e.reason);\n{{end}}\n</script>\n')).toBe(3);
    expect(findPageRegistration('<body onunhandledrejection="show(event.reason)">\n</body>\n')).toBe(1);
  });

  it('ignores a page whose handler only logs, or that names no registration', () => {
    expect(findPageRegistration("<script>\nwindow.addEventListener('unhandledrejection', (e) => console.error(e.reason));\n</script>\n")).toBeNull();
    expect(findPageRegistration('<script src="/assets/index.js"></script>\n<p>unhandledrejection</p>\n')).toBeNull();
  });

  it('is found by the walk of the package, templates included', () => {
    const dir = makePackage({ 'package.json': '{}', 'web_src/index.ts': 'export {};\n', 'templates/base/head.tmpl': "<script>\n  window.addEventListener('unhandledrejection', function(e) {window._errors.push(e);});\n</script>\n" });
    expect(findRejectionHandlers(dir)).toEqual([{ file: 'templates/base/head.tmpl', line: 2, environment: 'browser' }]);
  });
});
