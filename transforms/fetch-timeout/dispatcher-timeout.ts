/**
 * An undici `dispatcher` in a fetch's options that sets its own timeouts:
 * `fetch(url, { dispatcher: new Agent({ connect: { timeout: 30_000 } }) })`, or a `const` the
 * options name (`const agent = new Agent({ headersTimeout: 60_000 })`, `{ dispatcher: agent }`).
 * The author chose the request's deadlines on the dispatcher (connect, headers, body); a fixed
 * `AbortSignal.timeout(…)` on top may cut the request sooner than they allow (a 10 s deadline
 * over a 30 s connect timeout), so the fix is for a person to review.
 */
import type { Node, ObjectExpression } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findObjectProperty, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';

/** How deep the dispatcher's options are read (`connect: { timeout }` is two). */
const MAX_DEPTH = 3;
/** undici's request deadlines (`connect.timeout` of the connector options); not `keepAliveTimeout`, which only closes idle sockets. */
const DEADLINE_KEYS: ReadonlySet<string> = new Set(['timeout', 'connectTimeout', 'headersTimeout', 'bodyTimeout']);

/** The timeout option the dispatcher of `options` sets (`connect.timeout`, `headersTimeout`), or `null`. */
export function findDispatcherTimeout(path: NodePath, options: ObjectExpression): string | null {
  const property = findObjectProperty(options, 'dispatcher');
  if (property?.type !== 'ObjectProperty') return null;
  let value = unwrapExpression(property.value as Node);
  // Case: `const agent = new Agent({ … }); fetch(url, { dispatcher: agent })`
  if (value.type === 'Identifier') {
    const binding = findBinding(path, value.name);
    const init = binding?.kind === 'const' && binding.declaration.type === 'VariableDeclarator' && binding.declaration.id.type === 'Identifier' ? binding.declaration.init : null;
    if (!init) return null;
    value = unwrapExpression(init);
  }
  // Case: `new Agent({ connect: { timeout: 30_000 } })`, `new Pool(origin, { headersTimeout })`
  if (value.type !== 'NewExpression') return null;
  for (const argument of value.arguments) {
    const config = unwrapExpression(argument as Node);
    if (config.type !== 'ObjectExpression') continue;
    const found = findTimeoutKey(config, '', 1);
    if (found !== null) return found;
  }
  return null;
}

/** The first deadline key (`DEADLINE_KEYS`) in `object` (nested objects too), as a dotted path. */
function findTimeoutKey(object: ObjectExpression, prefix: string, depth: number): string | null {
  for (const property of object.properties) {
    if (property.type !== 'ObjectProperty' || property.computed) continue;
    const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
    if (key === null) continue;
    if (DEADLINE_KEYS.has(key)) return `${prefix}${key}`;
    const value = unwrapExpression(property.value as Node);
    if (value.type === 'ObjectExpression' && depth < MAX_DEPTH) {
      const nested = findTimeoutKey(value, `${prefix}${key}.`, depth + 1);
      if (nested !== null) return nested;
    }
  }
  return null;
}
