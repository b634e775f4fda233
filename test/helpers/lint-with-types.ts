/** Lints one file of a temporary project with one rule and the project's type information (what the CLI does per file). */
import path from 'node:path';
import { getAppliedLevels } from '../../src/core/fix-level';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { lintSource } from '../../src/engine/lint-source';
import { createTypeLayer } from '../../src/types/type-layer';
import { getRule } from '../../transforms/index';

/** `raw` is the text of `displayPath` (relative to `dir`); `unsafe` applies suggestions too. */
export function lintWithTypes(dir: string, displayPath: string, raw: string, ruleId: string, unsafe = false): ReturnType<typeof lintSource> {
  const file = path.join(dir, displayPath);
  const rule = getRule(ruleId)!;
  return lintSource({
    raw,
    filePath: file,
    displayPath,
    rules: [{ rule, options: resolveRuleOptions(rule, {}) }],
    settings: DEFAULT_SETTINGS,
    types: createTypeLayer({ stopAt: dir, cwd: dir }).forFile(file),
    applyLevels: getAppliedLevels(unsafe),
  });
}
