/**
 * The unconsumed-promise rule as a stock jscodeshift transform (`jscodeshift -t node_modules/unleak/dist/transforms/unconsumed-promise.js`)
 * and the module the rule is imported from. The rule itself lives in ./unconsumed-promise/rule.ts; this entry
 * is the only part of it that imports the engine.
 */
import { createTransform } from '../src/engine/transform';
import { rule } from './unconsumed-promise/rule';

export * from './unconsumed-promise/rule';
export default createTransform(rule);
