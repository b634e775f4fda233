import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProjectFiles } from './project-files';
import { createImporterIndex, createSubpathImporterIndex } from './project-importers';
import { clearTsconfigPaths } from './tsconfig-paths';

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-importers-')));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const files: Record<string, string> = {
  'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["src/lib/*"] } } }',
  'src/lib/api.ts': 'export const api = 1;\n',
  'src/lib/index.ts': "export * from './api';\n",
  'src/app.ts': "import { api } from './lib/api';\nimport './lib';\n",
  'src/lazy.ts': "const load = () => import('@lib/api');\n",
  'src/legacy.js': "const { api } = require('./lib/api.js');\n",
  'src/other.ts': "import React from 'react';\nimport { api } from '#lib/api';\n",
  'src/lib/user.ts': "import { api } from './';\n",
  'src/lib/admin.ts': "export * from './index.js';\n",
  'src/deep.ts': "import { api } from '@acme/client/src/lib/api';\nimport { x } from '@acme/client/dist/lib/user.js';\n",
};

function project() {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  clearTsconfigPaths();
  const run = Object.keys(files).filter((name) => /\.[jt]s$/.test(name)).map((name) => ({ displayPath: name, absolutePath: path.join(dir, name) }));
  return createProjectFiles(run);
}

function index() {
  return createImporterIndex(project());
}

describe('createImporterIndex', () => {
  it('finds relative, aliased, dynamic, re-exporting and require importers; not packages or package.json imports', () => {
    const importersOf = index();
    expect(importersOf('src/lib/api.ts')).toEqual(['src/app.ts', 'src/lazy.ts', 'src/legacy.js', 'src/lib/index.ts']);
    // `import './lib'` names the folder's index
    expect(importersOf('src/lib/index.ts')).toEqual(['src/app.ts', 'src/lib/admin.ts', 'src/lib/user.ts']);
    expect(importersOf('src/app.ts')).toEqual([]);
  });
});

describe('createSubpathImporterIndex', () => {
  it('finds files naming a file by a package name and a subpath its path ends with (a build folder also names src/)', () => {
    const subpathImportersOf = createSubpathImporterIndex(project());
    expect(subpathImportersOf('src/lib/api.ts')).toEqual(['src/deep.ts']);
    expect(subpathImportersOf('src/lib/user.ts')).toEqual(['src/deep.ts']);
    // `react` (no subpath), `#lib/api` (package.json imports) and relative specifiers do not count
    expect(subpathImportersOf('src/lib/index.ts')).toEqual([]);
    expect(subpathImportersOf('src/app.ts')).toEqual([]);
  });
});
