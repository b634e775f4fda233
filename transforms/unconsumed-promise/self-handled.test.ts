import type { CallExpression, ExpressionStatement } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { getHandledReturnCall, isSelfHandledCallback, readHandlerOutcome } from './self-handled';

/** getHandledReturnCall for the statement `call;` (marked by its text) in `code`. */
const handled = (code: string, call: string): ReturnType<typeof getHandledReturnCall> => {
  const statement = parseSnippet(code, 'ts').find((node) => node.type === 'ExpressionStatement' && code.slice(node.start!, node.end!) === `${call};`) as NodePath<ExpressionStatement>;
  return getHandledReturnCall(statement, statement.node.expression);
};

describe('getHandledReturnCall', () => {
  it('is certain for a local function or a #private method that returns nothing or a handled chain', () => {
    expect(handled('function go(x) { if (!x) return; return load().then(show).catch(() => log()); } go(1);', 'go(1)')).toBe('certain');
    expect(handled('class A { #go() { if (!this.x) return; return this.load().then(ok, () => { this.fail(); }); } run() { this.#go(); } }', 'this.#go()')).toBe('certain');
    // A handler given by name that is no function of the file: handled, as the chain `load().catch(report);` is
    expect(handled('function go() { return load().catch(report); } go();', 'go()')).toBe('certain');
  });

  it('reads a handler the function names when it is a function of the file', () => {
    expect(handled('function report(e) { log(e); throw e; } function go() { return load().catch(report); } go();', 'go()')).toBeNull();
    expect(handled('function go() { return load().catch(() => Promise.reject(new Error())); } go();', 'go()')).toBeNull();
    expect(handled('function go() { return load().then((r) => { if (!r) throw new Error(); }, () => log()); } go();', 'go()')).toBeNull();
  });

  it('reads the names of the function and its handlers where they are written, not at the call', () => {
    // `retry` in the handler is go's own async arrow, not the module's function that only logs
    expect(handled('function retry() { log(); } function go() { const retry = async () => { await wait(); return load(); }; return load().catch(() => { return retry(); }); } go();', 'go()')).toBeNull();
    expect(handled('function go() { const retry = () => log(); return load().catch(() => { return retry(); }); } async function retry() { await load(); } go();', 'go()')).toBe('certain');
  });

  it('is overridable for a public method of the class around the call', () => {
    expect(handled('class A { go() { return this.load().catch(() => this.fail()); } run() { this.go(); } }', 'this.go()')).toBe('overridable');
    expect(handled('class A { go() { return this.load().catch(() => this.fail()); } run() { setTimeout(() => { this.go(); }); } }', 'this.go()')).toBe('overridable');
  });

  it('is null when a return leaves a rejection unhandled, the handler throws or awaits, or the function is async', () => {
    expect(handled('function go(x) { if (x) return load(); return load().catch(() => log()); } go(1);', 'go(1)')).toBeNull();
    expect(handled('function go() { return load().catch((e) => { throw e; }); } go();', 'go()')).toBeNull();
    expect(handled('function go() { return load().catch(async () => { await log(); }); } go();', 'go()')).toBeNull();
    expect(handled('function go() { return load().then(show); } go();', 'go()')).toBeNull();
    expect(handled('async function go() { return load().catch(() => log()); } go();', 'go()')).toBeNull();
    expect(handled('function go() { return; } go();', 'go()')).toBeNull();
    expect(handled('class A { go() { return this.load().catch(() => 1); } } const a = new A(); a.go();', 'a.go()')).toBeNull();
  });
});

describe('isSelfHandledCallback', () => {
  const callback = (code: string): boolean => {
    const s = parseSnippet(code, 'ts');
    const fn = s.find((node) => node.type === 'ArrowFunctionExpression');
    return isSelfHandledCallback(fn.node, fn);
  };

  it('is true for an async callback that is one try/catch, with parameters that only bind names', () => {
    expect(callback('items.forEach(async (id) => { try { await save(id); } catch (e) { console.error(e); } });')).toBe(true);
    expect(callback('items.forEach(async ([id, { name }]) => { try { await save(id, name); } catch (e) { console.error(e); } });')).toBe(true);
  });

  it('is false when a parameter may throw, the catch rethrows, or work stands outside the try', () => {
    expect(callback('items.forEach(async (id = next()) => { try { await save(id); } catch (e) { console.error(e); } });')).toBe(false);
    expect(callback('items.forEach(async (id) => { try { await save(id); } catch (e) { throw e; } });')).toBe(false);
    expect(callback('items.forEach(async (id) => { await prepare(id); try { await save(id); } catch (e) { console.error(e); } });')).toBe(false);
  });
});

describe('readHandlerOutcome', () => {
  /** The outcome of the last (or first) argument of the last `.catch(…)` / `.then(…)` statement in `code`. */
  const outcome = (code: string, argument: 'last' | 'first' = 'last'): ReturnType<typeof readHandlerOutcome> => {
    const calls = parseSnippet(code, 'ts').findAll((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && ['catch', 'then'].includes((node.callee.property as { name?: string }).name ?? '')).filter((path) => path.parentPath?.node.type === 'ExpressionStatement' && path.parentPath.parentPath?.node.type === 'Program');
    const call = calls[calls.length - 1]!;
    const args = (call.node as CallExpression).arguments;
    return readHandlerOutcome(argument === 'last' ? args[args.length - 1] : args[0], call);
  };

  it('passes when the handler throws, awaits or returns what may reject', () => {
    expect(outcome('load().catch((e) => { report(e); throw e; });')).toBe('passes');
    expect(outcome('load().catch(async (e) => { await report(e); });')).toBe('passes');
    expect(outcome('load().catch((e) => Promise.reject(e));')).toBe('passes');
    expect(outcome('load().catch((e) => { return cond ? 1 : Promise.reject(e); });')).toBe('passes');
    expect(outcome('load().catch(() => new Promise((r) => setTimeout(r)));')).toBe('passes');
    expect(outcome('load().catch((e) => { report(e); return retry(); });')).toBe('passes');
    expect(outcome('load().catch(() => { try { report(); } catch (e) { throw e; } });')).toBe('passes');
    expect(outcome('load().catch(() => retry().catch((e) => { throw e; }));')).toBe('passes');
    expect(outcome('load().then((r) => { if (!r.ok) throw new Error(); }, report);', 'first')).toBe('passes');
  });

  it('reads a function of the file the handler calls, or names', () => {
    expect(outcome('async function retry() { await load(); } load().catch(() => retry());')).toBe('passes');
    expect(outcome('function retry() { return load(); } load().catch(() => retry());')).toBe('passes');
    expect(outcome('function retry() { return load().catch(() => log()); } load().catch(() => retry());')).toBe('ends');
    expect(outcome('function note(e) { console.error(e); } load().catch(() => note());')).toBe('ends');
    expect(outcome('async function retry() { try { await load(); } catch (e) { log(e); } } load().catch(() => retry());')).toBe('ends');
    expect(outcome('function fail(e) { log(e); throw e; } load().catch(fail);')).toBe('passes');
    expect(outcome('const note = (e) => { log(e); }; load().catch(note);')).toBe('ends');
    expect(outcome('function retry() { return load().catch(() => retry()); } load().catch(() => retry());')).not.toBe('passes');
  });

  it('ends when nothing leaves it as a rejection', () => {
    expect(outcome('load().catch((e) => { report(e); });')).toBe('ends');
    expect(outcome('load().catch(async (e) => { report(e); });')).toBe('ends');
    expect(outcome('load().catch((e) => report(e));')).toBe('ends');
    expect(outcome('load().catch(() => retry());')).toBe('ends');
    expect(outcome('load().catch((e) => { try { throw wrap(e); } catch (x) { log(x); } });')).toBe('ends');
    expect(outcome('load().catch(async (e) => { try { await report(e); } catch { } });')).toBe('ends');
    expect(outcome('load().catch((e) => { Promise.reject(e).catch(log); });')).toBe('ends');
    expect(outcome('load().catch((e) => new Error(String(e)));')).toBe('ends');
  });

  it('is unknown for a handler given by name that is no function of the file', () => {
    expect(outcome('load().catch(report);')).toBe('unknown');
    expect(outcome('load().catch(console.error);')).toBe('unknown');
    expect(outcome('load().catch(this.onError);')).toBe('unknown');
  });
});
