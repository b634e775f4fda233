/**
 * Project settings that rules also accept as options (deprecated per rule, kept for one
 * release): the engine merges them into the options of each rule that declares them, so a rule
 * reads one value. `effectHooks`: the setting's hooks and the rule's; `reportProcessLifetime`:
 * on when either says so. Options of rules that do not declare these keys are left alone.
 */
import type { Settings } from '../core/rule';

export function applyProjectSettings<O extends Record<string, unknown>>(options: O, settings: Settings): O {
  const merged: Record<string, unknown> = { ...options };
  if ('effectHooks' in options && settings.effectHooks && settings.effectHooks.length > 0) {
    merged.effectHooks = [...new Set([...settings.effectHooks, ...(options.effectHooks as readonly string[])])];
  }
  if ('reportProcessLifetime' in options && settings.reportProcessLifetime) merged.reportProcessLifetime = true;
  return merged as O;
}
