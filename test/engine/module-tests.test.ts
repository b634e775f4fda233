/**
 * `ProjectQueries.getModuleTests`: the test files of a module, found near it by name or by a
 * relative import, with what the answer read for `--cache`.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_PROJECT } from '../../src/core/rule';
import { clearDirEntries } from '../../src/engine/dir-entries';
import { createProjectModules, type ModuleTrace } from '../../src/engine/project-modules';
import { makeProject } from '../helpers/temp';

afterEach(() => clearDirEntries());

const MODULE = "export async function load() {\n  return fetch('/api');\n}\n";

function testsOf(dir: string, file: string, trace?: ModuleTrace): string[] | null {
  return createProjectModules()(path.join(dir, file), trace).getModuleTests()?.map((test) => test.file) ?? null;
}

describe('getModuleTests', () => {
  it('finds the tests named for the module beside it and in its test folders, whatever they import it by', () => {
    const dir = makeProject({
      'src/lib/slack.ts': MODULE,
      'src/lib/slack.test.ts': "import { load } from '@/lib/slack';\n",
      'src/lib/slack.spec.tsx': "import { load } from './slack';\n",
      'src/lib/__tests__/slack.ts': "import { load } from '../slack';\n",
      'src/lib/tests/slack.test.mjs': "import { load } from '../slack.js';\n",
      // Another module's tests.
      'src/lib/notion.test.ts': "import { load } from './notion';\n",
      'src/lib/slack-utils.test.ts': "import { x } from './slack-utils';\n",
      // Not a test file.
      'src/lib/slack.stories.tsx': "import { load } from './slack';\n",
    });
    expect(testsOf(dir, 'src/lib/slack.ts')).toEqual(['slack.spec.tsx', 'slack.test.ts', '__tests__/slack.ts', 'tests/slack.test.mjs']);
  });

  it('finds other test files nearby only when they import the module by a relative specifier', () => {
    const dir = makeProject({
      'src/lib/slack.ts': MODULE,
      'src/lib/index.ts': MODULE,
      'src/lib/integrations.test.ts': "import { load } from './slack';\nimport { all } from './index';\n",
      'src/lib/mocked.test.ts': "vi.mock('./slack');\nimport { other } from './other';\n",
      'src/lib/required.test.js': "const { load } = require('./slack');\n",
      'src/__tests__/lib.test.ts': "import { load } from '../lib/slack';\nimport * as lib from '../lib';\n",
      // Named for the module, but in the test folder of the parent: may test another folder's slack.ts.
      'src/__tests__/slack.test.ts': "import { load } from '@/other/slack';\n",
    });
    expect(testsOf(dir, 'src/lib/slack.ts')).toEqual(['integrations.test.ts', 'required.test.js', '../__tests__/lib.test.ts']);
    expect(testsOf(dir, 'src/lib/index.ts')).toEqual(['integrations.test.ts', '../__tests__/lib.test.ts']);
  });

  it('parses each test (a test that does not parse is left out) and records what it read', () => {
    const dir = makeProject({
      'src/slack.ts': MODULE,
      'src/slack.test.ts': "expect(fetch).toHaveBeenCalledWith('/api');\n",
      'src/slack.spec.ts': 'expect(fetch).toHaveBeenCalledWith(;\n',
    });
    const trace: ModuleTrace = { resolved: [], read: {} };
    const tests = createProjectModules()(path.join(dir, 'src/slack.ts'), trace).getModuleTests()!;
    expect(tests.map((test) => test.file)).toEqual(['slack.test.ts']);
    expect(tests[0]!.ast.program.body).toHaveLength(1);
    expect(tests[0]!.source.text).toContain('toHaveBeenCalledWith');
    expect(Object.keys(trace.read).map((file) => path.relative(dir, file))).toEqual(['src/slack.spec.ts', 'src/slack.test.ts']);
    expect(trace.listed![path.join(dir, 'src')]).toBe('slack.spec.ts\nslack.test.ts');
    expect(trace.listed![path.join(dir, 'src/__tests__')]).toBeNull();
  });

  it('answers nothing for a lone text', () => {
    expect(NO_PROJECT.getModuleTests()).toBeNull();
  });
});
