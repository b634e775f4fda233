/**
 * Messages quote code in the short one-line form of src/analysis/syntax/quote-code.ts, whatever the
 * shape of the code they point at: every output format shows that message as it is.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../transforms/index';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';

function messagesOf(ruleId: string, raw: string): string[] {
  const rule = rules.find((candidate) => candidate.meta.id === ruleId)!;
  const result = lintSource({
    raw,
    filePath: 'file.ts',
    displayPath: 'file.ts',
    rules: [{ rule, options: resolveRuleOptions(rule, {}) }],
    settings: DEFAULT_SETTINGS,
    applyLevels: getAppliedLevels(false),
    knownRuleIds: new Set([ruleId]),
  });
  return result.findings.map((finding) => finding.message);
}

describe('messages quote code on one line', () => {
  it('listener-cleanup quotes the last call of a multi-line chain', () => {
    const messages = messagesOf('listener-cleanup', [
      'export class Relay {',
      '  start(server: Server) {',
      '    server',
      '      .listen(0, () => ready())',
      "      .on('error', (error) => {",
      '        report(error);',
      '      });',
      '  }',
      '  dispose() {}',
      '}',
      '',
    ].join('\n'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^….on\('error', …\) is never removed: /);
    expect(messages[0]).not.toContain('\n');
  });

  it('listener-cleanup keeps a short target and a named handler', () => {
    const messages = messagesOf('listener-cleanup', [
      "import { useEffect } from 'react';",
      'export function useResize(onResize: () => void) {',
      '  useEffect(() => {',
      "    window.addEventListener('resize', onResize, { passive: true });",
      '  }, [onResize]);',
      '}',
      '',
    ].join('\n'));
    expect(messages).toEqual([expect.stringMatching(/^window.addEventListener\('resize', onResize, …\) is never removed: /)]);
  });
});
