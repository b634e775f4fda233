/**
 * The loop-cancellation rule as a stock jscodeshift transform (`jscodeshift -t node_modules/unleak/dist/transforms/loop-cancellation.js`)
 * and the module the rule is imported from. The rule itself lives in ./loop-cancellation/rule.ts; this entry
 * is the only part of it that imports the engine.
 */
import { createTransform } from '../src/engine/transform';
import { rule } from './loop-cancellation/rule';

export * from './loop-cancellation/rule';
export default createTransform(rule);
