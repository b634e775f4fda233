import type { ExpressionStatement } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { getHandledReturnCall, isSelfHandledCallback } from './self-handled';

/** getHandledReturnCall for the statement `call;` (marked by its text) in `code`. */
const handled = (code: string, call: string): ReturnType<typeof getHandledReturnCall> => {
  const statement = parseSnippet(code, 'ts').find((node) => node.type === 'ExpressionStatement' && code.slice(node.start!, node.end!) === `${call};`) as NodePath<ExpressionStatement>;
  return getHandledReturnCall(statement, statement.node.expression);
};

describe('getHandledReturnCall', () => {
  it('is certain for a local function or a #private method that returns nothing or a handled chain', () => {
    expect(handled('function go(x) { if (!x) return; return load().then(show).catch(() => log()); } go(1);', 'go(1)')).toBe('certain');
    expect(handled('class A { #go() { if (!this.x) return; return this.load().then(ok, () => { this.fail(); }); } run() { this.#go(); } }', 'this.#go()')).toBe('certain');
  });

  it('is overridable for a public method of the class around the call', () => {
    expect(handled('class A { go() { return this.load().catch(() => this.fail()); } run() { this.go(); } }', 'this.go()')).toBe('overridable');
    expect(handled('class A { go() { return this.load().catch(() => this.fail()); } run() { setTimeout(() => { this.go(); }); } }', 'this.go()')).toBe('overridable');
  });

  it('is null when a return leaves a rejection unhandled, the handler throws or awaits, or the function is async', () => {
    expect(handled('function go(x) { if (x) return load(); return load().catch(() => log()); } go(1);', 'go(1)')).toBeNull();
    expect(handled('function go() { return load().catch((e) => { throw e; }); } go();', 'go()')).toBeNull();
    expect(handled('function go() { return load().catch(async () => { await log(); }); } go();', 'go()')).toBeNull();
    expect(handled('function go() { return load().catch(report); } go();', 'go()')).toBeNull();
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
