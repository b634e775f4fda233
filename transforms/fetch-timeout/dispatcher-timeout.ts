/**
 * An undici `dispatcher` in a fetch's options that sets its own timeouts:
 * `fetch(url, { dispatcher: new Agent({ connect: { timeout: 30_000 } }) })`, or a `const` the
 * options name (`const agent = new Agent({ headersTimeout: 60_000 })`, `{ dispatcher: agent }`).
 * The author chose the request's deadlines on the dispatcher; a fixed `AbortSignal.timeout(…)` on
 * top may cut the request sooner than they allow, so the fix is for a person to review — when
 * the dispatcher bounds the response (`headersTimeout`, `bodyTimeout`), or gives the connection
 * alone (`connect.timeout`, `connectTimeout`) as long as the fix's whole deadline or longer
 * (a 10 s deadline over a 30 s connect timeout; a value that is not a number literal counts).
 * A shorter connect timeout (2 s) bounds only the TCP handshake and leaves the wait for the
 * response unbounded: the fix keeps its level.
 */
import type { Node, ObjectExpression } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findObjectProperty, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';

/** How deep the dispatcher's options are read (`connect: { timeout }` is two). */
const MAX_DEPTH = 3;
/** undici's request deadlines (`connect.timeout` of the connector options); not `keepAliveTimeout`, which only closes idle sockets. */
const DEADLINE_KEYS: ReadonlySet<string> = new Set(['timeout', 'connectTimeout', 'headersTimeout', 'bodyTimeout']);
/** The keys that bound only the connection (the TCP and TLS handshake), not the wait for the response. */
const CONNECT_KEYS: ReadonlySet<string> = new Set(['timeout', 'connectTimeout']);

/**
 * The timeout option of the dispatcher of `options` that a deadline of `deadlineMs` (`null`: not a
 * number the rule knows) may cut short (`headersTimeout`, a `connect.timeout` of 30 s over 10 s), or `null`.
 */
export function findDispatcherTimeout(path: NodePath, options: ObjectExpression, deadlineMs: number | null): string | null {
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
    const found = findTimeoutKey(config, '', 1, deadlineMs);
    if (found !== null) return found;
  }
  return null;
}

/** The first deadline key (`DEADLINE_KEYS`) in `object` (nested objects too) the fix's deadline may cut short, as a dotted path. */
function findTimeoutKey(object: ObjectExpression, prefix: string, depth: number, deadlineMs: number | null): string | null {
  for (const property of object.properties) {
    if (property.type !== 'ObjectProperty' || property.computed) continue;
    const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
    if (key === null) continue;
    const value = unwrapExpression(property.value as Node);
    if (DEADLINE_KEYS.has(key)) {
      // Case: `connect: { timeout: 2_000 }` under a 10 s deadline: only the handshake is bounded
      const shorterConnect = CONNECT_KEYS.has(key) && deadlineMs !== null && value.type === 'NumericLiteral' && value.value < deadlineMs;
      if (!shorterConnect) return `${prefix}${key}`;
      continue;
    }
    if (value.type === 'ObjectExpression' && depth < MAX_DEPTH) {
      const nested = findTimeoutKey(value, `${prefix}${key}.`, depth + 1, deadlineMs);
      if (nested !== null) return nested;
    }
  }
  return null;
}
