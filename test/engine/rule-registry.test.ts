/**
 * The lazy registry (transforms/registry.ts) the engine runs from, against the eager list the
 * API, docs and tests read (transforms/index.ts): the same rules in the same order, with the
 * very same metas, and a project phase exactly where the rule has one.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../transforms/index';
import { lazyRules, loadRules } from '../../transforms/registry';

describe('the lazy rule registry', () => {
  it('lists the rules of transforms/index.ts, in order, with their metas', () => {
    expect(lazyRules.map((rule) => rule.meta.id)).toEqual(rules.map((rule) => rule.meta.id));
    for (const [index, rule] of rules.entries()) {
      expect(lazyRules[index]!.meta).toBe(rule.meta);
      expect(lazyRules[index]!.project !== undefined, rule.meta.id).toBe(rule.project !== undefined);
    }
  });

  it('refuses to run a rule it has not loaded (an engine bug, named as such)', () => {
    const entry = lazyRules.find((rule) => rule.meta.id === 'timer-cleanup')!;
    expect(entry.loaded).toBe(false);
    expect(() => entry.create({} as never)).toThrow('rule timer-cleanup was used before loadRules() loaded it');
  });

  it('loads an implementation on request, once, and runs it through the registry entry', async () => {
    const entry = lazyRules.find((rule) => rule.meta.id === 'fetch-timeout')!;
    await loadRules(['fetch-timeout', 'no-such-rule']);
    expect(entry.loaded).toBe(true);
    const real = rules.find((rule) => rule.meta.id === 'fetch-timeout')!;
    const created: unknown[] = [];
    const original = real.create;
    real.create = (context) => (created.push(context), original(context));
    try {
      entry.create({} as never);
    } catch {
      // the fake context is not a real one: what matters is that the call reached the rule
    } finally {
      real.create = original;
    }
    expect(created).toHaveLength(1);
  });
});
