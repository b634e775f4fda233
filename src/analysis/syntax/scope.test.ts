import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { findBinding, isGlobalReference } from './scope';

describe('findBinding', () => {
  it('finds no binding for a global', () => {
    const s = parseSnippet('fetch(url);');
    expect(findBinding(s.call('fetch'), 'fetch')).toBeNull();
    expect(isGlobalReference(s.call('fetch'), 'fetch')).toBe(true);
  });

  it('sees a parameter that shadows the global', () => {
    const s = parseSnippet('function load(fetch) { return fetch(url); }\nfetch(url);');
    expect(findBinding(s.call('fetch', 0), 'fetch')?.kind).toBe('param');
    expect(isGlobalReference(s.call('fetch', 1), 'fetch')).toBe(true);
  });

  it('sees imports, destructured requires and hoisted vars', () => {
    const s = parseSnippet(
      "import { fetch } from './http';\nfunction f() { if (x) { var setInterval = 1; } setInterval(); }\nconst { clearTimeout } = require('timers');\nclearTimeout(1);",
    );
    expect(findBinding(s.call('setInterval'), 'setInterval')?.kind).toBe('var');
    expect(findBinding(s.call('clearTimeout'), 'clearTimeout')?.kind).toBe('const');
    expect(findBinding(s.identifier('fetch', 1), 'fetch')?.kind).toBe('import');
  });

  it('keeps block-scoped declarations inside their block', () => {
    const s = parseSnippet('{ const fetch = 1; }\nfetch(url);\nfor (const setTimeout of list) setTimeout();');
    expect(isGlobalReference(s.call('fetch'), 'fetch')).toBe(true);
    expect(findBinding(s.call('setTimeout'), 'setTimeout')?.kind).toBe('const');
  });

  it('ignores type-only imports and treats ambient declarations as the global', () => {
    const s = parseSnippet("import type { fetch } from './types';\ndeclare function setInterval(): number;\nfetch(url);\nsetInterval();");
    expect(isGlobalReference(s.call('fetch'), 'fetch')).toBe(true);
    expect(findBinding(s.call('setInterval'), 'setInterval')?.ambient).toBe(true);
    expect(isGlobalReference(s.call('setInterval'), 'setInterval')).toBe(true);
  });

  it('sees catch parameters, named function expressions and class expressions', () => {
    const s = parseSnippet('try {} catch (fetch) { fetch(); }\nconst a = function fetch() { fetch(); };\nconst B = class fetch { m() { fetch(); } };');
    expect(findBinding(s.call('fetch', 0), 'fetch')?.kind).toBe('catch');
    expect(findBinding(s.call('fetch', 1), 'fetch')?.kind).toBe('function');
    expect(findBinding(s.call('fetch', 2), 'fetch')?.kind).toBe('class');
  });

  it('does not take an object key or a method name for a binding', () => {
    const s = parseSnippet('const api = { fetch() { return fetch(url); } };\nclass C { fetch() { return fetch(url); } }');
    expect(isGlobalReference(s.call('fetch', 0), 'fetch')).toBe(true);
    expect(isGlobalReference(s.call('fetch', 1), 'fetch')).toBe(true);
  });

  it('sees constructor parameter properties', () => {
    const s = parseSnippet('class C { constructor(private readonly fetch: F) { fetch(url); } }');
    expect(findBinding(s.call('fetch'), 'fetch')?.kind).toBe('param');
  });
});
