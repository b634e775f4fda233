/**
 * Cross-file answers without a type checker: the engine reads the project modules a file
 * imports (relative specifiers only) and tells unconsumed-promise which exports are
 * promise-returning functions.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { createProjectModules, resolveSpecifier } from '../../src/engine/project-modules';
import { run } from '../../src/engine/run';
import { makeProject } from '../helpers/temp';

const PROJECT = {
  'src/api.ts': [
    'export async function save(id: string) {}',
    'export function load(): Promise<string> { return Promise.resolve(""); }',
    'export function format(id: string): string { return id; }',
    'const remove = async (id: string) => {};',
    'export { remove as del };',
    'export default async function sync() {}',
    'export async function* stream() {}',
  ].join('\n'),
  'src/index.ts': "export * from './api';\nexport { format as fmt } from './api.js';\n",
  'src/lib/files.js': 'export async function readAll() {}\n',
  'src/app.ts': [
    "import sync, { save, load, format, del, stream } from './api';",
    "import { fmt, save as save2 } from './index';",
    "import { readAll } from './lib/files.js';",
    "import { missing } from './nowhere';",
    "import { external } from 'some-package';",
    'export function main() {',
    "  save('a');",
    "  load();",
    "  format('a');",
    "  del('a');",
    '  sync();',
    '  stream();',
    "  fmt('a');",
    "  save2('b');",
    '  readAll();',
    '  missing();',
    '  external();',
    '}',
    'export async function unrelated() {}',
  ].join('\n'),
  // Mentions no async work: the rule's prefilter does not parse it (a known gap, see the rule doc).
  'src/plain.ts': "import { save } from './api';\nexport function click() {\n  save('x');\n}\n",
};

describe('project modules', () => {
  it('answers which exports of relative imports return promises, following re-exports', () => {
    const dir = makeProject(PROJECT);
    const queries = createProjectModules()(path.join(dir, 'src/app.ts'));
    expect(queries.isPromiseFunctionExport('./api', 'save')).toBe(true);
    expect(queries.isPromiseFunctionExport('./api', 'load')).toBe(true);
    expect(queries.isPromiseFunctionExport('./api', 'del')).toBe(true);
    expect(queries.isPromiseFunctionExport('./api', 'default')).toBe(true);
    expect(queries.isPromiseFunctionExport('./api', 'format')).toBe(false);
    expect(queries.isPromiseFunctionExport('./api', 'stream')).toBe(false);
    expect(queries.isPromiseFunctionExport('./index', 'save')).toBe(true);
    expect(queries.isPromiseFunctionExport('./index', 'fmt')).toBe(false);
    expect(queries.isPromiseFunctionExport('./lib/files.js', 'readAll')).toBe(true);
    expect(queries.isPromiseFunctionExport('./nowhere', 'missing')).toBeNull();
    expect(queries.isPromiseFunctionExport('some-package', 'external')).toBeNull();
  });

  it('resolves .js specifiers to TypeScript sources and folders to index files', () => {
    const dir = makeProject(PROJECT);
    const from = path.join(dir, 'src/app.ts');
    expect(resolveSpecifier(from, './api.js')).toBe(path.join(dir, 'src/api.ts'));
    expect(resolveSpecifier(from, '.')).toBeNull();
    expect(resolveSpecifier(from, './')).toBe(path.join(dir, 'src/index.ts'));
  });

  it('lets unconsumed-promise find calls of promise functions declared in other files', async () => {
    const dir = makeProject(PROJECT);
    const result = await run({ cwd: dir, rules: ['unconsumed-promise'], config: false });
    const lines = result.findings.filter((f) => f.file === 'src/app.ts').map((f) => `${f.line} ${f.fix}`);
    expect(lines).toEqual(['7 auto', '8 auto', '10 auto', '11 auto', '14 auto', '15 auto']);
    expect(result.findings.filter((f) => f.file === 'src/plain.ts')).toEqual([]);
  });
});
