import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isAbortOnCallersSignal, isCalledOftenOnOneSignal } from './callers-signal';

/** The first listener registration of `code`. */
function firstAdd(code: string): ListenerCall {
  const snippet = parseSnippet(code, 'js');
  return snippet
    .findAll((node: Node) => node.type === 'CallExpression')
    .map(resolveListenerCall)
    .find((call): call is ListenerCall => call !== null && call.role === 'add')!;
}

function onCallersSignal(code: string): boolean {
  const add = firstAdd(code);
  return isAbortOnCallersSignal(add.target!, add.event);
}

function reused(code: string): boolean {
  return isCalledOftenOnOneSignal(firstAdd(code).target!);
}

describe('isAbortOnCallersSignal', () => {
  it('matches an abort listener on a parameter, a member of one, a destructured one, or a const copy of one', () => {
    expect(onCallersSignal('function f(signal) { signal.addEventListener("abort", h); }')).toBe(true);
    expect(onCallersSignal('function f(options) { options.signal.addEventListener("abort", h); }')).toBe(true);
    expect(onCallersSignal('function f({ signal }) { signal.addEventListener("abort", h); }')).toBe(true);
    expect(onCallersSignal('function f(options) { const signal = options.signal; signal.addEventListener("abort", h); }')).toBe(true);
  });

  it('does not match another event, a signal the function made, or a module-level one', () => {
    expect(onCallersSignal('function f(signal) { signal.addEventListener("change", h); }')).toBe(false);
    expect(onCallersSignal('function f() { const c = new AbortController(); c.signal.addEventListener("abort", h); }')).toBe(false);
    expect(onCallersSignal('const c = new AbortController();\nfunction f() { c.signal.addEventListener("abort", h); }')).toBe(false);
  });
});

describe('isCalledOftenOnOneSignal', () => {
  const wait = 'function wait(signal) { signal.addEventListener("abort", h); }\n';

  it('matches a function called in a loop or a callback, or twice, with one module-level or this-held signal', () => {
    expect(reused(`${wait}const c = new AbortController();\nfor (const x of xs) wait(c.signal);`)).toBe(true);
    expect(reused(`${wait}const c = new AbortController();\nsetInterval(() => wait(c.signal), 1000);`)).toBe(true);
    expect(reused(`${wait}const c = new AbortController();\nwait(c.signal);\nwait(c.signal);`)).toBe(true);
    expect(reused('class A { wait(x, signal) { signal.addEventListener("abort", h); } run() { this.wait(1, this.c.signal); this.wait(2, this.c.signal); } }')).toBe(true);
    expect(reused('function poll({ signal }) { signal.addEventListener("abort", h); }\nconst c = new AbortController();\nsetInterval(() => poll({ signal: c.signal }), 10);')).toBe(true);
  });

  it("does not match one call, calls with different or callers' signals, or a function the file never calls", () => {
    expect(reused(`${wait}const c = new AbortController();\nwait(c.signal);`)).toBe(false);
    expect(reused(`${wait}const a = new AbortController();\nconst b = new AbortController();\nwait(a.signal);\nwait(b.signal);`)).toBe(false);
    expect(reused(`${wait}export function run(signal) { wait(signal); wait(signal); }`)).toBe(false);
    expect(reused(`${wait}for (const x of xs) { const c = new AbortController(); wait(c.signal); }`)).toBe(false);
    expect(reused(wait)).toBe(false);
  });
});
