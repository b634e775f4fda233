import { describe, expect, it } from 'vitest';
import { parseExpression } from '@babel/parser';
import { getErrorFirstCallback } from './error-first-callback';

const handed = (code: string) => getErrorFirstCallback(parseExpression(code, { plugins: ['typescript'] })) !== null;

describe('getErrorFirstCallback', () => {
  it('finds a last-argument callback whose first of two parameters is handled as the error', () => {
    expect(handed("redis.cluster('INFO', (err, res) => { if (err) { return callback(err); } use(res); })")).toBe(true);
    expect(handed("db.get(key, function (error, value) { if (!error) cache.set(key, value); })")).toBe(true);
    expect(handed("db.get(key, (e, value) => { if (e != null) throw e; use(value); })")).toBe(true);
    expect(handed('db.get(key, (err, value) => done(err, value))')).toBe(true);
  });

  it('not a one-parameter callback, nor one that ignores its first parameter, nor a promise method', () => {
    expect(handed("db.get(key, (value) => { if (value) use(value); })")).toBe(false);
    expect(handed("db.get(key, (err, value) => { use(value); })")).toBe(false);
    expect(handed("db.get(key, (err, value) => { setTimeout(() => { if (err) throw err; }); })")).toBe(false);
    expect(handed("load().then((result, extra) => { if (result) use(extra); })")).toBe(false);
    expect(handed("db.get((err, value) => { if (err) throw err; }, key)")).toBe(false);
    expect(handed("db.get(key, async (err, value) => { if (err) throw err; })")).toBe(false);
  });
});
