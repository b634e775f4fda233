/** Small rules that exist only to exercise the engine. */
import type { CallExpression, Identifier } from '@babel/types';
import { fixer } from '../../src/core/fixer';
import { defineRule, type AnyRule } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import type { ConfiguredRule } from '../../src/engine/lint-source';

function calleeName(path: NodePath): string | null {
  const call = path.node as CallExpression;
  return call.callee.type === 'Identifier' ? (call.callee as Identifier).name : null;
}

/** `leak()` -> `leak(stop)` (auto); `maybe()` -> `maybe(stop)` (suggestion); `bad()` -> a broken fix. */
export const renameRule = defineRule<Record<string, never>>({
  meta: {
    id: 'test-rename',
    description: 'test rule',
    goAnalogue: 'none',
    fixLevel: 'auto',
    prefilter: /\b(?:leak|maybe|bad|crash|twice)\(/,
    options: {},
    docs: 'docs/rules/test-rename.md',
  },
  create(context) {
    return {
      CallExpression(path) {
        const name = calleeName(path);
        const call = path.node as CallExpression;
        if (call.arguments.length > 0) return;
        const insertArg = fixer.insertBefore(call.end! - 1, 'stop');
        if (name === 'leak') context.report({ node: call, message: 'leak() leaks', fix: { safe: true, description: 'pass stop', edits: [insertArg] } });
        if (name === 'maybe') context.report({ node: call, message: 'maybe() leaks', fix: { safe: false, description: 'pass stop', edits: [insertArg] } });
        if (name === 'bad') context.report({ node: call, message: 'bad() leaks', fix: { safe: true, description: 'break it', edits: [fixer.insertBefore(call.end! - 1, '((')] } });
        if (name === 'crash') throw new Error('boom');
        // Needs two passes: `twice()` -> `twice(once)` -> reported again as `once` missing `stop`.
        if (name === 'twice') context.report({ node: call, message: 'twice() leaks', fix: { safe: true, description: 'step 1', edits: [fixer.replace(call.callee, 'leak')] } });
      },
    };
  },
});

/** Reports every `leak()` call too, with an edit that overlaps test-rename's. */
export const overlapRule = defineRule<Record<string, never>>({
  meta: {
    id: 'test-overlap',
    description: 'test rule',
    goAnalogue: 'none',
    fixLevel: 'auto',
    prefilter: /\bleak\(/,
    options: {},
    docs: 'docs/rules/test-overlap.md',
  },
  create(context) {
    return {
      CallExpression(path) {
        if (calleeName(path) !== 'leak') return;
        const call = path.node as CallExpression;
        if (call.arguments.length > 0) return;
        context.report({ node: call, message: 'overlap', fix: { safe: true, description: 'also pass stop', edits: [fixer.insertBefore(call.end! - 1, 'stop')] } });
      },
    };
  },
});

/**
 * Reports every `leak(…)` call with the same message: `leak()` with an auto fix whose edit overlaps
 * test-rename's, `leak(stop)` with a suggestion — what a rule does when a later pass (no type
 * information) is less sure of the finding its first-pass fix was deferred for. Its id sorts after
 * test-rename's, so at one position test-rename's fix goes first and this one is deferred.
 */
export const demoteRule = defineRule<Record<string, never>>({
  meta: {
    id: 'test-second-look',
    description: 'test rule',
    goAnalogue: 'none',
    fixLevel: 'auto',
    prefilter: /\bleak\(/,
    options: {},
    docs: 'docs/rules/test-second-look.md',
  },
  create(context) {
    return {
      CallExpression(path) {
        if (calleeName(path) !== 'leak') return;
        const call = path.node as CallExpression;
        const safe = call.arguments.length === 0;
        context.report({ node: call, message: 'leak() needs stop', fix: { safe, description: 'pass stop', edits: [fixer.insertBefore(call.end! - 1, safe ? 'stop' : ', later')] } });
      },
    };
  },
});

/**
 * Throws at every `crash()` call with the same message and a stack of its own each time, as the
 * same crash does when a later pass reaches the node through other frames.
 */
export const unsteadyCrashRule = defineRule<Record<string, never>>({
  meta: {
    id: 'test-unsteady-crash',
    description: 'test rule',
    goAnalogue: 'none',
    fixLevel: 'auto',
    prefilter: /\bcrash\(/,
    options: {},
    docs: 'docs/rules/test-unsteady-crash.md',
  },
  create() {
    return {
      CallExpression(path) {
        if (calleeName(path) !== 'crash') return;
        const error = new Error('boom');
        unsteadyCrashes++;
        error.stack = `Error: boom\n    at frame${'s'.repeat(unsteadyCrashes)} (test-rules.ts:1:1)`;
        throw error;
      },
    };
  },
});
let unsteadyCrashes = 0;

export function configured(...rules: AnyRule[]): ConfiguredRule[] {
  return rules.map((rule) => ({ rule, options: {} }));
}
