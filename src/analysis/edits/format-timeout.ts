/**
 * The timeout a fix writes: a millisecond literal with numeric separators (`10_000`), or a
 * project expression such as `config.httpTimeoutMs` chosen through a rule option.
 */
import type { Node } from '@babel/types';

export interface TimeoutSetting {
  /** Milliseconds, used when `timeoutExpression` is empty. */
  timeoutMs: number;
  /** An identifier or member expression (`HTTP_TIMEOUT_MS`, `config.http.timeoutMs`), or `''`. */
  timeoutExpression: string;
}

/** `10000` -> `10_000`; `500` -> `500`; an expression is used as written. */
export function formatTimeout(setting: TimeoutSetting): string {
  const expression = setting.timeoutExpression.trim();
  if (expression !== '') return expression;
  const ms = setting.timeoutMs;
  if (!Number.isInteger(ms) || ms < 1000) return String(ms);
  return String(ms).replace(/\B(?=(\d{3})+(?!\d))/g, '_');
}

function isPlainChain(node: Node): boolean {
  // Case: `TIMEOUT`
  if (node.type === 'Identifier') return true;
  // Case: `config.http.timeoutMs` (no calls, no computed keys, no optional chaining)
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') return isPlainChain(node.object);
  // Case: `this.timeoutMs`
  return node.type === 'ThisExpression';
}

/** Why `text` cannot be a timeout expression, or `null` when it is an identifier or member chain. */
export function checkTimeoutExpression(text: string): string | null {
  if (text.trim() === '') return null;
  let node: Node;
  try {
    // Loaded here: the rule's meta (and this validator) is loaded on every run, a timeout
    // expression is rarely configured, and the parser costs about 18 ms to load.
    const { parseExpression } = require('@babel/parser') as typeof import('@babel/parser');
    node = parseExpression(text.trim(), { plugins: ['typescript'] });
  } catch {
    return `"${text}" is not an expression`;
  }
  if (node.type === 'ThisExpression' || !isPlainChain(node)) {
    return `"${text}" must be an identifier or a member expression such as config.httpTimeoutMs`;
  }
  return null;
}

/** The first identifier of a timeout expression (`config` of `config.httpTimeoutMs`), or `null` for `this.x`. */
export function getTimeoutExpressionRoot(text: string): string | null {
  const root = /^\s*([A-Za-z_$][\w$]*)/.exec(text)?.[1] ?? null;
  return root === 'this' ? null : root;
}
