/**
 * The single registry of rules. The CLI, the docs table, the fixture suite and the docs test
 * all read this list; adding a rule means adding it here.
 */
import type { AnyRule } from '../src/engine/rule';
import { rule as fetchTimeout } from './fetch-timeout';
import { rule as listenerCleanup } from './listener-cleanup';
import { rule as loopCancellation } from './loop-cancellation';
import { rule as timerCleanup } from './timer-cleanup';
import { rule as unconsumedPromise } from './unconsumed-promise';
import { rule as unsettledPromise } from './unsettled-promise';

export const rules: readonly AnyRule[] = [fetchTimeout, timerCleanup, listenerCleanup, unconsumedPromise, loopCancellation, unsettledPromise];

export const ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.meta.id));

export function getRule(id: string): AnyRule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
