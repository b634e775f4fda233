import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/rule';
import { applyProjectSettings } from './shared-settings';

describe('applyProjectSettings', () => {
  it('adds the project effect hooks to the rule option, once each', () => {
    const options = { effectHooks: ['useUpdateEffect'], includeTests: false };
    const merged = applyProjectSettings(options, { ...DEFAULT_SETTINGS, effectHooks: ['useMountEffect', 'useUpdateEffect'] });
    expect(merged).toEqual({ effectHooks: ['useMountEffect', 'useUpdateEffect'], includeTests: false });
    expect(options.effectHooks).toEqual(['useUpdateEffect']);
  });

  it('turns reportProcessLifetime on when the setting or the option says so', () => {
    expect(applyProjectSettings({ reportProcessLifetime: false }, { ...DEFAULT_SETTINGS, reportProcessLifetime: true })).toEqual({ reportProcessLifetime: true });
    expect(applyProjectSettings({ reportProcessLifetime: true }, { ...DEFAULT_SETTINGS, reportProcessLifetime: false })).toEqual({ reportProcessLifetime: true });
    expect(applyProjectSettings({ reportProcessLifetime: false }, DEFAULT_SETTINGS)).toEqual({ reportProcessLifetime: false });
  });

  it('leaves rules that do not take these options alone', () => {
    expect(applyProjectSettings({ timeoutMs: 1000 }, { ...DEFAULT_SETTINGS, effectHooks: ['useMountEffect'], reportProcessLifetime: true })).toEqual({ timeoutMs: 1000 });
  });
});
