import type { ExpressionStatement } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { isSettleWitness } from './settle-witness';

const witness = (code: string): boolean => {
  const statement = parseSnippet(code, 'ts').find((node) => node.type === 'ExpressionStatement' && code.slice(node.start!, node.end!).includes('.then(')) as NodePath<ExpressionStatement>;
  return isSettleWitness(statement, statement.node.expression);
};

describe('isSettleWitness', () => {
  it('accepts a chain that only records the settling in variables read later', () => {
    expect(witness('async function t() { let done = false; wait().then(() => (done = true)); check(done); }')).toBe(true);
    expect(witness('async function t() { let n = 0; wait().then(() => { n++; }); check(n); }')).toBe(true);
  });

  it('rejects chains that do more, write what is not read later, or write a const or a member', () => {
    expect(witness('async function t() { let done = false; wait().then(() => { done = true; log(); }); check(done); }')).toBe(false);
    expect(witness('async function t() { let done = false; check(done); wait().then(() => (done = true)); }')).toBe(false);
    expect(witness('async function t(state: { done: boolean }) { wait().then(() => (state.done = true)); check(state); }')).toBe(false);
    expect(witness('async function t() { let done = false; wait().then(() => (done = true), fail); check(done); }')).toBe(false);
  });
});
