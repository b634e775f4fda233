/**
 * The single registry of rules. The CLI, the docs table, the fixture suite and the docs test
 * all read this list; adding a rule means adding it here.
 */
import type { AnyRule } from '../src/core/rule';
import { rule as fetchTimeout } from './fetch-timeout/rule';
import { rule as listenerCleanup } from './listener-cleanup/rule';
import { rule as loopCancellation } from './loop-cancellation/rule';
import { rule as timerCleanup } from './timer-cleanup/rule';
import { rule as unconsumedPromise } from './unconsumed-promise/rule';
import { rule as unsettledPromise } from './unsettled-promise/rule';

export const rules: readonly AnyRule[] = [fetchTimeout, timerCleanup, listenerCleanup, unconsumedPromise, loopCancellation, unsettledPromise];

export const ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.meta.id));

export function getRule(id: string): AnyRule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
