/**
 * Turns a rule into a plain jscodeshift transform, so people who live in jscodeshift can run
 * `npx jscodeshift -t transforms/fetch-timeout.ts src/`. The transform applies the rule's
 * `auto` fixes (and `suggestion` fixes with `--unsafe`) through the same fix loop as the
 * unleak CLI, and returns `undefined` when nothing changed.
 *
 * The file is parsed with the parser its extension calls for (the same one the CLI uses), not
 * with jscodeshift's `--parser`, because the fix loop re-parses its own output.
 */
import { getAppliedLevels } from '../core/fix-level';
import { lintSource } from './lint-source';
import type { TargetConfig } from './config';
import { DEFAULT_SETTINGS, type AnyRule, type RuntimeTarget, type Settings } from '../core/rule';
import { resolveRuleOptions } from '../core/rule-options';
import { SourceText } from '../core/source-text';
import { resolveTargetSetting } from './target';

export interface JscodeshiftFileInfo {
  path: string;
  source: string;
}

export interface JscodeshiftApi {
  report?: (message: string) => void;
}

export type JscodeshiftTransform = ((
  file: JscodeshiftFileInfo,
  api: JscodeshiftApi,
  options: Record<string, unknown>,
) => string | undefined) & { parser?: string };

export function createTransform(rule: AnyRule): JscodeshiftTransform {
  const transform: JscodeshiftTransform = (file, api, options = {}) => {
    const ruleOptions = resolveRuleOptions(rule, options, { fromText: true, ignoreUnknown: true });
    const result = lintSource({
      raw: file.source,
      filePath: file.path,
      displayPath: file.path,
      rules: [{ rule, options: ruleOptions }],
      settings: withArrowParens(withPrintWidth(getSettings(options.target), options.printWidth), options.arrowParens),
      applyLevels: getAppliedLevels(options.unsafe === true || options.unsafe === 'true'),
    });
    const failure = result.errors.find((error) => error.kind === 'parse' || error.kind === 'internal');
    if (failure) throw new Error(`${failure.message}${failure.line ? ` (${failure.line}:${failure.column})` : ''}`);
    for (const finding of result.findings) {
      if (finding.fix !== 'auto' && !finding.applied) {
        api.report?.(`${finding.line}:${finding.column} ${finding.rule}: ${finding.message} (${finding.fix === 'suggestion' ? 'suggestion, apply with --unsafe' : 'not fixable'})`);
      }
    }
    if (result.output === undefined) return undefined;
    return SourceText.toRaw(result.output, result.source.hasBom);
  };
  // Tells jscodeshift which parser to use for its own API object; we parse the file ourselves.
  transform.parser = 'tsx';
  return transform;
}

/** `--arrowParens=avoid`: generated one-parameter arrows are written `error => …` (prettier's option name). */
function withArrowParens(settings: Settings, arrowParens: unknown): Settings {
  return arrowParens === 'avoid' || arrowParens === 'always' ? { ...settings, arrowParens } : settings;
}

/**
 * `--printWidth=100`: generated object literals that would make a line longer are broken one
 * entry per line (the CLI reads the width from the project's formatter config); default: none.
 */
function withPrintWidth(settings: Settings, printWidth: unknown): Settings {
  const width = Number(printWidth);
  return Number.isInteger(width) && width > 0 ? { ...settings, printWidth: width } : settings;
}

/**
 * `--target='{"node":"18.0"}'` (the config's `target`) or a resolved `RuntimeTarget`
 * (`{"abortSignalTimeout":true,"abortSignalAny":false,"source":"…"}`); default: the
 * unleak default target.
 */
function getSettings(target: unknown): Settings {
  if (typeof target !== 'object' || target === null) return DEFAULT_SETTINGS;
  return { target: resolveTargetSetting(target as TargetConfig | RuntimeTarget, '.') };
}
