/**
 * The test files of a module, for `ProjectQueries.getModuleTests`: fetch-timeout asks before an
 * `auto` fix, because a test that asserts a mocked `fetch`'s exact arguments fails once the fix
 * adds a `signal`. Cheap: asked only when a rule has such a fix, and reads only the test files
 * near the module, once per run.
 *
 * Where: the module's folder, its `__tests__`, `test` and `tests` subfolders, and the
 * `__tests__` folder beside its folder. Which: a test file there (a `.test.`/`.spec.` name, or
 * any JavaScript/TypeScript file in a `__tests__` folder) named for the module (`slack.ts` →
 * `slack.test.ts`, `slack.spec.tsx`, `__tests__/slack.ts`), or one that imports the module by a
 * relative specifier (`import … from '../slack'`, `require('./slack')`, `import('./slack')`;
 * `vi.mock('./slack')` alone does not count: it replaces the module). Path aliases are not
 * resolved: a test named for the module is found by its name whatever it imports it by.
 *
 * For `--cache` the answer records what it read in the file's `ModuleTrace`: the test file names
 * of every folder it looked in (`listed`: a new or removed test file changes the answer), the
 * bytes of every test file it read, and the relative specifiers it resolved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getLanguage } from '../core/language';
import type { ModuleTest } from '../core/rule';
import { SourceText } from '../core/source-text';
import { listDirEntries } from './dir-entries';
import { parseSource } from './parse';

/** What `getModuleTests` read, kept in the file's `ModuleTrace` (project-modules.ts). */
export interface TestsTrace {
  resolved: [from: string, specifier: string, target: string | null][];
  read: Record<string, string | null>;
  listed?: Record<string, string | null>;
}

/** How project-modules.ts resolves and reads modules (passed in: it imports this file). */
export interface ModuleFiles {
  resolve(from: string, specifier: string): string | null;
  hash(bytes: Buffer): string;
  maxSize: number;
}

const TEST_FOLDERS = ['__tests__', 'test', 'tests'];
// Case: `slack.test.ts`, `slack.spec.tsx`
const TEST_SUFFIX = /\.(?:test|spec)\.[^.]+$/;
// Case: `from '../slack'`, `import '../slack.js'`, `require('./slack')`, `import('./slack')`
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]*)\1/g;

/** A test file read once per run: its text (`null`: unreadable or too large) and hash. */
interface TestFileText {
  text: string | null;
  hash: string | null;
}

/**
 * The folders a module's tests are looked for in, and whether a test there may be found by its
 * name alone: not in the `__tests__` beside the module's folder, whose `slack.test.ts` may test
 * another folder's `slack.ts`.
 */
export function getTestFolders(modulePath: string): { dir: string; byName: boolean }[] {
  const dir = path.dirname(modulePath);
  const folders = [dir, ...TEST_FOLDERS.map((name) => path.join(dir, name))].map((folder) => ({ dir: folder, byName: true }));
  if (path.basename(dir) !== '__tests__') folders.push({ dir: path.join(path.dirname(dir), '__tests__'), byName: false });
  return folders;
}

/**
 * The names of the test files in `dir`, sorted; `null` when it cannot be listed. `list` gives the
 * folder's entries (default: the run's shared listing, dir-entries.ts).
 */
export function listTestFileNames(dir: string, list: (dir: string) => Iterable<string> | null = listDirEntries): string[] | null {
  const entries = list(dir);
  if (entries === null) return null;
  const inTestFolder = path.basename(dir) === '__tests__';
  return [...entries].filter((name) => {
    const language = getLanguage(name);
    return language !== undefined && !language.container && (inTestFolder || TEST_SUFFIX.test(name));
  }).sort();
}

/** What a `ModuleTrace` records for a folder's test files (`null`: not listable), as `getModuleTests` does. */
export function testFolderKey(dir: string, list?: (dir: string) => Iterable<string> | null): string | null {
  return listTestFileNames(dir, list)?.join('\n') ?? null;
}

/** The name a test file gives its module: `slack.test.ts` → `slack`; in `__tests__`, `slack.ts` → `slack`. */
function testedName(testName: string, inTestFolder: boolean): string | null {
  if (TEST_SUFFIX.test(testName)) return testName.replace(TEST_SUFFIX, '');
  return inTestFolder ? testName.slice(0, -path.extname(testName).length) : null;
}

export function createModuleTests(files: ModuleFiles): (modulePath: string, trace?: TestsTrace) => ModuleTest[] {
  const texts = new Map<string, TestFileText>();

  function readTest(file: string, trace: TestsTrace | undefined): TestFileText {
    let read = texts.get(file);
    if (!read) {
      read = { text: null, hash: null };
      try {
        if (fs.statSync(file).size <= files.maxSize) {
          const bytes = fs.readFileSync(file);
          read = { text: bytes.toString('utf8'), hash: files.hash(bytes) };
        }
      } catch {
        // unreadable: not a test we can see
      }
      texts.set(file, read);
    }
    if (trace) trace.read[file] = read.hash;
    return read;
  }

  /** `file` imports the module by a relative specifier (checked on its text, then resolved). */
  function importsModule(file: string, text: string, modulePath: string, trace: TestsTrace | undefined): boolean {
    const stem = path.basename(modulePath, path.extname(modulePath));
    const folderName = path.basename(path.dirname(modulePath));
    for (const match of text.matchAll(RELATIVE_IMPORT)) {
      const specifier = match[2]!;
      const last = specifier.replace(/\/$/, '').split('/').pop()!;
      // Cheap before expensive: only a specifier that could name the module is resolved.
      if (last.replace(/\.[^.]+$/, '') !== stem && last !== stem && !(stem === 'index' && (last === folderName || last === '..' || last === '.'))) continue;
      const target = files.resolve(file, specifier);
      trace?.resolved.push([file, specifier, target]);
      if (target === modulePath) return true;
    }
    return false;
  }

  return (modulePath, trace) => {
    const stem = path.basename(modulePath, path.extname(modulePath));
    const moduleDir = path.dirname(modulePath);
    const tests: ModuleTest[] = [];
    for (const { dir, byName } of getTestFolders(modulePath)) {
      const names = listTestFileNames(dir);
      if (trace) (trace.listed ??= {})[dir] = names?.join('\n') ?? null;
      for (const name of names ?? []) {
        const file = path.join(dir, name);
        if (file === modulePath) continue;
        const read = readTest(file, trace);
        if (read.text === null) continue;
        const named = byName && testedName(name, path.basename(dir) === '__tests__') === stem;
        if (!named && !importsModule(file, read.text, modulePath, trace)) continue;
        try {
          const source = new SourceText(read.text);
          tests.push({ file: path.relative(moduleDir, file).split(path.sep).join('/'), ast: parseSource(source.text, getLanguage(file)!), source });
        } catch {
          // a test that does not parse asserts nothing we can read
        }
      }
    }
    return tests;
  };
}
