/**
 * The fetch-timeout rule as a stock jscodeshift transform (`jscodeshift -t node_modules/unleak/dist/transforms/fetch-timeout.js`)
 * and the module the rule is imported from. The rule itself lives in ./fetch-timeout/rule.ts; this entry
 * is the only part of it that imports the engine.
 */
import { createTransform } from '../src/engine/transform';
import { rule } from './fetch-timeout/rule';

export * from './fetch-timeout/rule';
export default createTransform(rule);
