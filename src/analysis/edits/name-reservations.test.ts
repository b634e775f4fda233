import { describe, expect, it } from 'vitest';
import { identifier, blockStatement } from '@babel/types';
import { createNameReservations } from './name-reservations';

describe('createNameReservations', () => {
  it('gives the same set for the same scope, so a second fix sees the first one\'s name', () => {
    const reserve = createNameReservations();
    const scope = blockStatement([]);
    reserve(scope).add('intervalId');
    expect(reserve(scope).has('intervalId')).toBe(true);
  });

  it('keeps scopes apart and passes apart', () => {
    const reserve = createNameReservations();
    const a = blockStatement([]);
    const b = blockStatement([]);
    reserve(a).add('intervalId');
    expect(reserve(b).has('intervalId')).toBe(false);
    expect(createNameReservations()(a).has('intervalId')).toBe(false);
    expect(reserve(identifier('x')).size).toBe(0);
  });
});
