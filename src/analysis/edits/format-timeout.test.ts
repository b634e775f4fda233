import { describe, expect, it } from 'vitest';
import { checkTimeoutExpression, formatTimeout, getTimeoutExpressionRoot } from './format-timeout';

describe('formatTimeout', () => {
  it('writes milliseconds with numeric separators from 1_000 up', () => {
    expect(formatTimeout({ timeoutMs: 10_000, timeoutExpression: '' })).toBe('10_000');
    expect(formatTimeout({ timeoutMs: 1_500_000, timeoutExpression: '' })).toBe('1_500_000');
    expect(formatTimeout({ timeoutMs: 5000, timeoutExpression: '' })).toBe('5_000');
    expect(formatTimeout({ timeoutMs: 250, timeoutExpression: '' })).toBe('250');
  });

  it('prefers the expression when one is set', () => {
    expect(formatTimeout({ timeoutMs: 10_000, timeoutExpression: ' config.httpTimeoutMs ' })).toBe('config.httpTimeoutMs');
  });
});

describe('checkTimeoutExpression', () => {
  it('accepts identifiers and member chains', () => {
    expect(checkTimeoutExpression('HTTP_TIMEOUT_MS')).toBeNull();
    expect(checkTimeoutExpression('config.http.timeoutMs')).toBeNull();
    expect(checkTimeoutExpression('this.timeoutMs')).toBeNull();
    expect(checkTimeoutExpression('')).toBeNull();
  });

  it('rejects anything else', () => {
    expect(checkTimeoutExpression('getTimeout()')).toMatch(/identifier or a member expression/);
    expect(checkTimeoutExpression('config[key]')).toMatch(/identifier or a member expression/);
    expect(checkTimeoutExpression('5000')).toMatch(/identifier or a member expression/);
    expect(checkTimeoutExpression('a +')).toMatch(/not an expression/);
    expect(checkTimeoutExpression('this')).toMatch(/identifier or a member expression/);
  });
});

describe('getTimeoutExpressionRoot', () => {
  it('names the identifier the expression starts from', () => {
    expect(getTimeoutExpressionRoot('config.httpTimeoutMs')).toBe('config');
    expect(getTimeoutExpressionRoot('TIMEOUT')).toBe('TIMEOUT');
    expect(getTimeoutExpressionRoot('this.timeoutMs')).toBeNull();
  });
});
