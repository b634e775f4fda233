/**
 * `unleak add-leak-check [dir]`: installs the leak check into a project. Creates a setup file
 * that calls `installLeakCheck()` and registers it in the test runner's config
 * (`vitest.config.*`, else `vite.config.*`: `test.setupFiles`; `jest.config.*`:
 * `setupFilesAfterEnv`). Idempotent: an existing setup file is kept, a config that already
 * lists it is not touched. When the config cannot be edited safely, the result carries a
 * suggestion saying what to add by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { addSetupFileToConfig, type TestFramework } from './edit-config';

export { addSetupFileToConfig, getFrameworkForConfig, type EditConfigInput, type EditConfigResult, type TestFramework } from './edit-config';

export interface AddLeakCheckOptions {
  /** The project directory (where package.json and the test config live). */
  dir: string;
  /** Where to create the setup file, relative to `dir`. Default: `test/` or `tests/` when present, else `dir`, `leak-check.setup.<ext>`. */
  setupFile?: string;
  /** Report what would happen; write nothing. */
  dryRun?: boolean;
}

export interface AddLeakCheckResult {
  framework: TestFramework;
  /** Absolute path of the config that was (or would be) edited or created. */
  configFile: string;
  config: 'changed' | 'unchanged' | 'created' | 'suggestion';
  /** Absolute path of the setup file. */
  setupFile: string;
  setup: 'created' | 'exists';
  /** What to add by hand when `config` is `suggestion`. */
  suggestion?: string;
  /** Notes for the person running it (missing dependency, ...). */
  notes: string[];
}

export class AddLeakCheckError extends Error {
  override readonly name = 'AddLeakCheckError';
}

const CONFIG_EXTENSIONS = ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'];

export function addLeakCheck(options: AddLeakCheckOptions): AddLeakCheckResult {
  const dir = path.resolve(options.dir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new AddLeakCheckError(`${options.dir} is not a directory`);
  const packageJson = readPackageJson(dir);
  const target = findTestConfig(dir, packageJson);
  const notes: string[] = [];
  if (!hasDependency(packageJson, 'unleak')) notes.push('unleak is not in this package\'s dependencies: install it with `npm install --save-dev unleak`.');

  const setupFile = path.resolve(dir, options.setupFile ?? path.join(getDefaultSetupDir(dir), getSetupFileName(target.framework, dir, packageJson, target.configFile)));
  const setup = fs.existsSync(setupFile) ? 'exists' : 'created';
  const configDir = path.dirname(target.configFile);
  const setupPath = target.framework === 'jest' ? `<rootDir>/${toPosix(path.relative(configDir, setupFile))}` : toConfigRelative(configDir, setupFile);

  let config: AddLeakCheckResult['config'];
  let suggestion: string | undefined;
  let newConfigText: string | undefined;
  if (!target.exists) {
    config = 'created';
    newConfigText = `import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({\n  test: {\n    setupFiles: ['${setupPath}'],\n  },\n});\n`;
  } else {
    const source = fs.readFileSync(target.configFile, 'utf8');
    const edit = target.configFile.endsWith('.json')
      ? addSetupFileToJsonConfig(source, setupPath)
      : addSetupFileToConfig({ source, filePath: target.configFile, setupPath, framework: target.framework });
    config = edit.status;
    if (edit.status === 'changed') newConfigText = edit.output;
    if (edit.status === 'suggestion') suggestion = edit.message;
  }

  if (!options.dryRun) {
    if (setup === 'created') {
      fs.mkdirSync(path.dirname(setupFile), { recursive: true });
      fs.writeFileSync(setupFile, getSetupFileText(target.framework, setupFile));
    }
    if (newConfigText !== undefined) fs.writeFileSync(target.configFile, newConfigText);
  }
  return { framework: target.framework, configFile: target.configFile, config, setupFile, setup, ...(suggestion ? { suggestion } : {}), notes };
}

/** The text of a new setup file. */
export function getSetupFileText(framework: TestFramework, setupFile: string): string {
  const header = [
    '// Fails every test that leaves a timer, socket, server, watcher, child process or worker',
    '// alive, listing each with the stack where it was created. Added by `unleak add-leak-check`;',
    "// the options (ignoreTypes, ignoreTopFunction, ...) are in unleak's docs/testing.md.",
  ].join('\n');
  if (framework === 'vitest') {
    return `${header}\nimport * as vitest from 'vitest';\nimport { installLeakCheck } from 'unleak/testing';\n\ninstallLeakCheck({ hooks: vitest });\n`;
  }
  if (setupFile.endsWith('.mjs')) return `${header}\nimport { installLeakCheck } from 'unleak/testing';\n\ninstallLeakCheck();\n`;
  return `${header}\nconst { installLeakCheck } = require('unleak/testing');\n\ninstallLeakCheck();\n`;
}

interface ConfigTarget {
  framework: TestFramework;
  configFile: string;
  exists: boolean;
}

type PackageJson = { type?: string; jest?: unknown; dependencies?: Record<string, string>; devDependencies?: Record<string, string> } | undefined;

function findTestConfig(dir: string, packageJson: PackageJson): ConfigTarget {
  const find = (base: string, extensions: readonly string[]) =>
    extensions.map((extension) => path.join(dir, `${base}.${extension}`)).find((file) => fs.existsSync(file));
  const vitestConfig = find('vitest.config', CONFIG_EXTENSIONS);
  if (vitestConfig) return { framework: 'vitest', configFile: vitestConfig, exists: true };
  const jestConfig = find('jest.config', [...CONFIG_EXTENSIONS, 'json']);
  const usesVitest = hasDependency(packageJson, 'vitest');
  const viteConfig = find('vite.config', CONFIG_EXTENSIONS);
  // vite.config.* holds vitest's settings when there is no vitest.config.* (and the project uses vitest).
  if (viteConfig && (usesVitest || /\bvitest\b|\btest\s*:/.test(fs.readFileSync(viteConfig, 'utf8')))) {
    return { framework: 'vitest', configFile: viteConfig, exists: true };
  }
  if (jestConfig) return { framework: 'jest', configFile: jestConfig, exists: true };
  if (packageJson?.jest !== undefined) {
    throw new AddLeakCheckError(
      'the jest config is in package.json ("jest"): add the setup file to its "setupFilesAfterEnv" by hand, or move the config to jest.config.js and run this again',
    );
  }
  if (usesVitest) return { framework: 'vitest', configFile: path.join(dir, 'vitest.config.mts'), exists: false };
  if (hasDependency(packageJson, 'jest')) {
    throw new AddLeakCheckError('jest has no config file here: create jest.config.js (module.exports = {}) and run this again');
  }
  throw new AddLeakCheckError(`found no vitest or jest config in ${dir} (vitest.config.*, vite.config.*, jest.config.*) and neither in package.json`);
}

function getDefaultSetupDir(dir: string): string {
  for (const candidate of ['test', 'tests']) {
    const full = path.join(dir, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isDirectory()) return candidate;
  }
  return '.';
}

function getSetupFileName(framework: TestFramework, dir: string, packageJson: PackageJson, configFile: string): string {
  if (framework === 'vitest') {
    const typescript = /\.[cm]?ts$/.test(configFile) || fs.existsSync(path.join(dir, 'tsconfig.json'));
    return `leak-check.setup.${typescript ? 'ts' : 'js'}`;
  }
  // jest runs setup files as CommonJS unless the package is ESM.
  return `leak-check.setup.${packageJson?.type === 'module' ? 'cjs' : 'js'}`;
}

/** jest.config.json: parsed and printed back with its own indentation. */
function addSetupFileToJsonConfig(source: string, setupPath: string): ReturnType<typeof addSetupFileToConfig> {
  const key = 'setupFilesAfterEnv';
  let config: Record<string, unknown>;
  try {
    config = JSON.parse(source) as Record<string, unknown>;
  } catch (error) {
    return { status: 'suggestion', key, message: `unleak could not read jest.config.json (${(error as Error).message}); add "${key}": ["${setupPath}"] by hand` };
  }
  const current = config[key];
  const list = current === undefined ? [] : Array.isArray(current) ? current : typeof current === 'string' ? [current] : undefined;
  if (!list) return { status: 'suggestion', key, message: `"${key}" in jest.config.json is not a list; add "${setupPath}" to it by hand` };
  if (list.some((entry) => typeof entry === 'string' && (entry === setupPath || entry.includes('leak-check.setup')))) return { status: 'unchanged', key };
  config[key] = [...list, setupPath];
  const indent = /^[ \t]+/m.exec(source)?.[0] ?? '  ';
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  return { status: 'changed', key, output: JSON.stringify(config, null, indent).replace(/\n/g, eol) + (source.endsWith('\n') ? eol : '') };
}

function readPackageJson(dir: string): PackageJson {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
  } catch {
    return undefined;
  }
}

function hasDependency(packageJson: PackageJson, name: string): boolean {
  return Boolean(packageJson?.dependencies?.[name] ?? packageJson?.devDependencies?.[name]);
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}

function toConfigRelative(configDir: string, file: string): string {
  const relative = toPosix(path.relative(configDir, file));
  return relative.startsWith('./') || relative.startsWith('../') ? relative : `./${relative}`;
}
