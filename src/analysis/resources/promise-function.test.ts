import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { isPromiseFunction, isPromisifyCall } from './promise-function';

const firstFunction = (code: string) =>
  parseSnippet(code).find((node) => /Function|Method|TSDeclare/.test(node.type) && node.type !== 'TSFunctionType').node;

describe('isPromiseFunction', () => {
  it('answers yes for async functions and Promise return types', () => {
    expect(isPromiseFunction(firstFunction('async function f() {}'))).toBe(true);
    expect(isPromiseFunction(firstFunction('const f = async () => 1;'))).toBe(true);
    expect(isPromiseFunction(firstFunction('class A { async m() {} }'))).toBe(true);
    expect(isPromiseFunction(firstFunction('function f(): Promise<void> { return g(); }'))).toBe(true);
    expect(isPromiseFunction(firstFunction('export declare function f(): Promise<number>;'))).toBe(true);
    expect(isPromiseFunction(firstFunction('const f = (): globalThis.Promise<void> => g();'))).toBe(true);
  });

  it('answers no for generators, PromiseLike and plain functions', () => {
    expect(isPromiseFunction(firstFunction('async function* f() {}'))).toBe(false);
    expect(isPromiseFunction(firstFunction('function f(): PromiseLike<void> { return g(); }'))).toBe(false);
    expect(isPromiseFunction(firstFunction('function f() { return fetch(u); }'))).toBe(false);
    expect(isPromiseFunction(firstFunction('function f(): void {}'))).toBe(false);
    expect(isPromiseFunction(null)).toBe(false);
  });
});

describe('isPromiseFunction in a Flow file', () => {
  const flowFunction = (code: string) =>
    parseSnippet(`// @flow\n${code}`, 'js').find((node) => /Function|Method/.test(node.type)).node;

  it('reads a Flow `Promise<T>` return type, not a nullable one', () => {
    expect(isPromiseFunction(flowFunction('function f(x: any): Promise<*> { return g(x); }'))).toBe(true);
    expect(isPromiseFunction(flowFunction('class A { m(): Promise<void> { return g(); } }'))).toBe(true);
    expect(isPromiseFunction(flowFunction('function f(): ?Promise<void> { return null; }'))).toBe(false);
    expect(isPromiseFunction(flowFunction('function f(): Thenable { return g(); }'))).toBe(false);
  });
});

describe('isPromisifyCall', () => {
  it('recognises promisify and util.promisify calls only', () => {
    const call = (code: string) => parseSnippet(code).find((node) => node.type === 'CallExpression').node;
    expect(isPromisifyCall(call('promisify(exec)'))).toBe(true);
    expect(isPromisifyCall(call('util.promisify(exec)'))).toBe(true);
    expect(isPromisifyCall(call('wrap(exec)'))).toBe(false);
  });
});
