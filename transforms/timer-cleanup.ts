/**
 * The timer-cleanup rule as a stock jscodeshift transform (`jscodeshift -t node_modules/unleak/dist/transforms/timer-cleanup.js`)
 * and the module the rule is imported from. The rule itself lives in ./timer-cleanup/rule.ts; this entry
 * is the only part of it that imports the engine.
 */
import { createTransform } from '../src/engine/transform';
import { rule } from './timer-cleanup/rule';

export * from './timer-cleanup/rule';
export default createTransform(rule);
