/**
 * The listener-cleanup rule as a stock jscodeshift transform (`jscodeshift -t node_modules/unleak/dist/transforms/listener-cleanup.js`)
 * and the module the rule is imported from. The rule itself lives in ./listener-cleanup/rule.ts; this entry
 * is the only part of it that imports the engine.
 */
import { createTransform } from '../src/engine/transform';
import { rule } from './listener-cleanup/rule';

export * from './listener-cleanup/rule';
export default createTransform(rule);
