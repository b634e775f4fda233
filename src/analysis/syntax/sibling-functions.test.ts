import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { findBinding } from './scope';
import { areSiblingParameters } from './sibling-functions';

/** Whether the `id` read by `first(id)` and by `second(id)` are sibling parameters. */
function check(code: string): boolean {
  const snippet = parseSnippet(code);
  const argument = (callee: string) => {
    const call = snippet.call(callee);
    return call.child((call.node as unknown as { arguments: never[] }).arguments[0]!, 'arguments', 0);
  };
  const a = argument('first');
  const b = argument('second');
  const bindingA = findBinding(a, 'id');
  const bindingB = findBinding(b, 'id');
  return bindingA !== null && bindingB !== null && areSiblingParameters(bindingA, a, bindingB, b);
}

describe('areSiblingParameters', () => {
  it('pairs parameters of one name of functions declared side by side', () => {
    expect(check('function open(id) { first(id); }\nfunction close(id) { second(id); }')).toBe(true);
    expect(check('const open = (id) => { first(id); };\nconst close = (id) => { second(id); };')).toBe(true);
    expect(check('function manager() { function open(id) { first(id); }\nfunction close(id) { second(id); } }')).toBe(true);
  });

  it('leaves other names, locals, callbacks and functions of other scopes', () => {
    expect(check('function open(id) { first(id); }\nfunction close(key) { const id = key; second(id); }')).toBe(false);
    expect(check('function open(id) { first(id); }\nlist.forEach((id) => second(id));')).toBe(false);
    expect(check('function open(id) { first(id); }\nfunction outer() { function close(id) { second(id); } }')).toBe(false);
  });
});
