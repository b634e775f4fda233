import { describe, expect, it } from 'vitest';
import { parseExpression } from '@babel/parser';
import { getGuardCallName } from './guard-call';

const guard = (code: string) => getGuardCallName(parseExpression(code, { plugins: ['typescript'] }));

describe('getGuardCallName', () => {
  it('names checks whose rejection is the control flow', () => {
    expect(guard('assertEnvelopeMutable(envelope)')).toBe('assertEnvelopeMutable');
    expect(guard('this.verifyToken(token)')).toBe('verifyToken');
    expect(guard('auth.authorizeOwner?.(user)')).toBe('authorizeOwner');
    expect(guard('validate(input)')).toBe('validate');
    expect(guard('(authorizeRequest(req) as Promise<void>)')).toBe('authorizeRequest');
    expect(guard('throwIfLocked(doc)')).toBe('throwIfLocked');
  });

  it('leaves other names alone, also words that only start like a check', () => {
    expect(guard('sendNotification(user)')).toBe(null);
    expect(guard('assertions.push(x)')).toBe(null);
    expect(guard('ensured(x)')).toBe(null);
    // A loader that makes sure something is there, not a check.
    expect(guard('ensureTranslation(locale)')).toBe(null);
    expect(guard('validation(x)')).toBe(null);
    expect(guard('checkForUpdates()')).toBe(null);
    expect(guard('promise')).toBe(null);
  });
});
