/**
 * fetch-timeout — a network call that can hang for ever (Go: blocked HTTP request).
 *
 * Before:  const res = await fetch(url, { method: 'POST' });
 * After:   const res = await fetch(url, { method: 'POST', signal: AbortSignal.timeout(10_000) });
 *
 * Fix level: `auto` when `init` is absent or an object literal.
 *
 * NOTE: first cut (global fetch only); the full matcher (axios, http, undici, got, signals in
 * scope) is tracked in the foundation issue.
 */
import type { CallExpression, Expression, ObjectExpression } from '@babel/types';
import { defineRule } from '../src/engine/rule';
import { fixer } from '../src/engine/fixer';
import { createTransform } from '../src/engine/transform';
import type { NodePath } from '../src/engine/traverse';

export interface FetchTimeoutOptions {
  timeoutMs: number;
  timeoutExpression: string;
}

function hasProperty(object: ObjectExpression, name: string): boolean {
  return object.properties.some(
    (p) =>
      p.type === 'SpreadElement' ||
      ((p.type === 'ObjectProperty' || p.type === 'ObjectMethod') &&
        !p.computed &&
        ((p.key.type === 'Identifier' && p.key.name === name) || (p.key.type === 'StringLiteral' && p.key.value === name))),
  );
}

function formatTimeout(options: FetchTimeoutOptions): string {
  if (options.timeoutExpression) return options.timeoutExpression;
  const ms = options.timeoutMs;
  return ms >= 10_000 && Number.isInteger(ms) ? String(ms).replace(/\B(?=(\d{3})+(?!\d))/g, '_') : String(ms);
}

export const rule = defineRule<FetchTimeoutOptions>({
  meta: {
    id: 'fetch-timeout',
    description: 'A network request without a deadline or cancellation can hang for ever.',
    goAnalogue: 'an HTTP request without a context deadline (http.Client with no Timeout)',
    fixLevel: 'auto',
    prefilter: /\bfetch\s*\(/,
    docs: 'docs/rules/fetch-timeout.md',
    options: {
      timeoutMs: { type: 'number', default: 10_000, description: 'Deadline in milliseconds.' },
      timeoutExpression: {
        type: 'string',
        default: '',
        description: 'An identifier or member expression to use instead of the literal (e.g. `config.httpTimeoutMs`).',
      },
    },
  },
  create(context) {
    return {
      CallExpression(path: NodePath) {
        const call = path.node as CallExpression;
        if (call.callee.type !== 'Identifier' || call.callee.name !== 'fetch') return;
        if (call.arguments.length === 0 || call.arguments.length > 2) return;
        const init = call.arguments[1] as Expression | undefined;
        const signal = `signal: AbortSignal.timeout(${formatTimeout(context.options)})`;
        if (init === undefined) {
          const input = call.arguments[0]!;
          context.report({
            node: call,
            message: 'fetch() without a signal can hang for ever.',
            fix: { safe: true, description: `add ${signal}`, edits: [fixer.insertAfter(input, `, { ${signal} }`)] },
          });
        } else if (init.type === 'ObjectExpression' && !hasProperty(init, 'signal')) {
          const last = init.properties[init.properties.length - 1];
          const edit = last
            ? fixer.insertAfter(last, `, ${signal}`)
            : fixer.replace(init, `{ ${signal} }`);
          context.report({
            node: call,
            message: 'fetch() without a signal can hang for ever.',
            fix: { safe: true, description: `add ${signal}`, edits: [edit] },
          });
        }
      },
    };
  },
});

export default createTransform(rule);
