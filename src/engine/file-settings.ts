/**
 * The settings one file is linted with: its project's (the runtime target of the nearest
 * package.json, process-file.ts `settingsFor`), where a JavaScript file the checker does not
 * check gets the runtime's own abort APIs back when only the project's TypeScript declarations
 * took them away (`RuntimeTarget.uncheckedJavaScript`). Both phases ask it: the per-file one
 * (lint-source.ts) and the project one, for every file a cross-file fix writes in.
 */
import type { Settings } from '../core/rule';

/** `.js`, `.jsx`, `.mjs`, `.cjs`: what TypeScript checks only with `checkJs` or `// @ts-check`. */
const JAVASCRIPT_FILE = /\.[cm]?jsx?$/;

export function settingsForFile(settings: Settings, filePath: string, raw: string): Settings {
  const unchecked = settings.target?.uncheckedJavaScript;
  if (!unchecked || !JAVASCRIPT_FILE.test(filePath) || raw.includes('@ts-check')) return settings;
  const { uncheckedJavaScript: _, ...target } = settings.target!;
  return { ...settings, target: { ...target, ...unchecked } };
}
