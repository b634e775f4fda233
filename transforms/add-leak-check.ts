/**
 * add-leak-check — registers unleak's test-time leak check in a vitest or jest config.
 *
 * Not a leak rule (it is not in the rule registry): a stock jscodeshift transform for the
 * test runner's config file.
 *
 *   npx jscodeshift -t node_modules/unleak/transforms/add-leak-check.ts vitest.config.ts
 *
 * Before:  export default defineConfig({ test: { environment: 'node' } });
 * After:   export default defineConfig({ test: { environment: 'node', setupFiles: ['./test/leak-check.setup.ts'] } });
 *
 * jest.config.* gets `setupFilesAfterEnv: ['<rootDir>/test/leak-check.setup.js']`. Options:
 * `--setupFile=<path as written in the config>`, `--framework=vitest|jest` (default: from the
 * file name). A config it cannot edit safely is left unchanged and reported with what to add
 * by hand. The transform only edits the config; `npx unleak add-leak-check` also creates the
 * setup file.
 */
import type { JscodeshiftTransform } from '../src/engine/transform';
import { addSetupFileToConfig, getFrameworkForConfig, type TestFramework } from './add-leak-check/edit-config';

export const DEFAULT_SETUP_PATHS: Readonly<Record<TestFramework, string>> = {
  vitest: './test/leak-check.setup.ts',
  jest: '<rootDir>/test/leak-check.setup.js',
};

const transform: JscodeshiftTransform = (file, api, options = {}) => {
  const framework: TestFramework = options.framework === 'jest' || options.framework === 'vitest' ? options.framework : getFrameworkForConfig(file.path);
  const setupPath = typeof options.setupFile === 'string' && options.setupFile !== '' ? options.setupFile : DEFAULT_SETUP_PATHS[framework];
  const result = addSetupFileToConfig({ source: file.source, filePath: file.path, setupPath, framework });
  if (result.status === 'suggestion') {
    api.report?.(result.message);
    return undefined;
  }
  return result.status === 'changed' ? result.output : undefined;
};
// Tells jscodeshift which parser to use for its own API object; the file is parsed by extension.
transform.parser = 'tsx';

export default transform;
