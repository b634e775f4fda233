/**
 * The settings one file is linted with: its project's (the runtime target of the nearest
 * package.json, process-file.ts `settingsFor`), where a JavaScript file the checker does not
 * check gets the runtime's own abort APIs back when only the project's TypeScript declarations
 * took them away (`RuntimeTarget.uncheckedJavaScript`), and a file that imports a Node built-in
 * (or starts with a `node` shebang) is held to the package's Node runtime, not its browsers
 * (`RuntimeTarget.nodeCode`); so is it in a React Native package, where a `.web.` platform file
 * (`api.web.ts`) runs in the browsers, not Hermes (`RuntimeTarget.webCode`). Both phases ask it: the per-file one (lint-source.ts) and the
 * project one, for every file a cross-file fix writes in.
 */
import type { RuntimeTarget, Settings } from '../core/rule';
import { textRunsInNode } from '../analysis/syntax/node-builtins';

/** `.js`, `.jsx`, `.mjs`, `.cjs`: what TypeScript checks only with `checkJs` or `// @ts-check`. */
const JAVASCRIPT_FILE = /\.[cm]?jsx?$/;

/** `api.web.ts`, `Button.web.tsx`, `storage.web.js`: the web platform file of a React Native module. */
const WEB_PLATFORM_FILE = /\.web\.[cm]?[jt]sx?$/;

export function settingsForFile(settings: Settings, filePath: string, raw: string): Settings {
  const given = settings.target;
  if (!given || (!given.uncheckedJavaScript && !given.nodeCode && !given.webCode)) return settings;
  const { nodeCode, webCode, uncheckedJavaScript, ...rest } = given;
  const own = { abortSignalTimeout: rest.abortSignalTimeout, abortSignalAny: rest.abortSignalAny, source: rest.source, ...(uncheckedJavaScript ? { uncheckedJavaScript } : {}) };
  const base: NonNullable<RuntimeTarget['nodeCode']> =
    // Case: a file that imports a Node built-in (or has a node shebang): no browser (nor Hermes) runs it, the browserslist does not apply
    nodeCode && textRunsInNode(raw) ? nodeCode
    // Case: a `.web.` platform file of a React Native package: Metro never bundles it, the web build runs it in the browsers
    : webCode && WEB_PLATFORM_FILE.test(filePath) ? webCode
    : own;
  const { uncheckedJavaScript: unchecked, ...apis } = base;
  const checked = !JAVASCRIPT_FILE.test(filePath) || raw.includes('@ts-check');
  return { ...settings, target: { ...rest, ...apis, ...(unchecked && !checked ? unchecked : {}) } };
}
