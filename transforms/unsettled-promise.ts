/**
 * The unsettled-promise rule as a stock jscodeshift transform (`jscodeshift -t node_modules/unleak/dist/transforms/unsettled-promise.js`)
 * and the module the rule is imported from. The rule itself lives in ./unsettled-promise/rule.ts; this entry
 * is the only part of it that imports the engine.
 */
import { createTransform } from '../src/engine/transform';
import { rule } from './unsettled-promise/rule';

export * from './unsettled-promise/rule';
export default createTransform(rule);
