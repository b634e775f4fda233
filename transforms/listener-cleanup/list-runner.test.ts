import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { callsParameterAtMostOnce, runsEachListedOnce } from './list-runner';

/** Whether the function holding the first `tick()` call runs each item of its first parameter once. */
function check(code: string): boolean {
  const fn = parseSnippet(code).call('tick').findParent((path) => isFunctionNode(path.node));
  return runsEachListedOnce(fn!, 0);
}

describe('runsEachListedOnce', () => {
  it('calls each item once, or hands it to a method of an object it makes that calls it once', () => {
    expect(check('function run(fns) {\n  tick();\n  for (const fn of fns) fn();\n}')).toBe(true);
    expect(check('function run(fns) {\n  tick();\n  for (const fn of fns) {\n    log(fn.name);\n    fn();\n  }\n}')).toBe(true);
    const tracer = 'class Tracer {\n  record(name, fn) {\n    const t = now();\n    fn();\n    done(name, t);\n  }\n}\n';
    expect(check(`${tracer}function run(fns) {\n  tick();\n  const tracer = slow ? null : new Tracer();\n  if (tracer) {\n    for (const fn of fns) tracer.record(fn.name, fn);\n  } else {\n    for (const fn of fns) fn();\n  }\n}`)).toBe(true);
  });

  it('not when an item may run twice or at every event, or is handed on elsewhere', () => {
    expect(check('function run(fns) {\n  tick();\n  for (const fn of fns) fn();\n  for (const fn of fns) fn();\n}')).toBe(false);
    expect(check('function run(fns) {\n  tick();\n  for (const fn of fns) { fn(); fn(); }\n}')).toBe(false);
    expect(check("function run(fns) {\n  tick();\n  window.addEventListener('popstate', () => { for (const fn of fns) fn(); });\n}")).toBe(false);
    expect(check('function run(fns) {\n  tick();\n  for (const fn of fns) setInterval(fn, 1000);\n}')).toBe(false);
    expect(check('function run(fns) {\n  tick();\n  fns.forEach((fn) => fn());\n}')).toBe(false);
    expect(check('function run(fns) {\n  tick();\n  while (more()) for (const fn of fns) fn();\n}')).toBe(false);
    // A method that calls what it is handed in a loop
    expect(check('class Tracer {\n  record(fn) {\n    for (let i = 0; i < 3; i++) fn();\n  }\n}\nfunction run(fns) {\n  tick();\n  const tracer = new Tracer();\n  for (const fn of fns) tracer.record(fn);\n}')).toBe(false);
  });
});

/** Whether the function holding the first `tick()` call calls its parameter `index` at most once. */
function once(code: string, index = 1): boolean {
  const fn = parseSnippet(code).call('tick').findParent((path) => isFunctionNode(path.node));
  return callsParameterAtMostOnce(fn!, index);
}

describe('callsParameterAtMostOnce', () => {
  it('calls the parameter once, directly (a memoizing helper)', () => {
    expect(once('function singleton(name, getValue) {\n  tick();\n  cache[name] ??= getValue();\n  return cache[name];\n}')).toBe(true);
    expect(once('function lazy(name, make) {\n  tick();\n  if (!cache.has(name)) cache.set(name, make());\n  return cache.get(name);\n}')).toBe(true);
  });

  it('not when it is called in a loop or a callback, twice, handed on, or not called', () => {
    expect(once('function retry(n, run) {\n  tick();\n  for (let i = 0; i < n; i++) run();\n}')).toBe(false);
    expect(once("function every(ms, run) {\n  tick();\n  setInterval(() => run(), ms);\n}")).toBe(false);
    expect(once('function twice(x, run) {\n  tick();\n  run();\n  run();\n}')).toBe(false);
    expect(once("function on(name, run) {\n  tick();\n  bus.on(name, run);\n}")).toBe(false);
    expect(once('function keep(name, value) {\n  tick();\n  cache[name] = value;\n}')).toBe(false);
  });
});
