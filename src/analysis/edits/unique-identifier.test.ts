import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { getUniqueIdentifier } from './unique-identifier';

const nameIn = (code: string, reserved?: Set<string>) => {
  const s = parseSnippet(code);
  const scope = s.find((node) => node.type === 'ArrowFunctionExpression');
  return getUniqueIdentifier({ base: 'intervalId', scope, reserved });
};

describe('getUniqueIdentifier', () => {
  it('takes the base name when it is free', () => {
    expect(nameIn('run(() => { tick(); });')).toBe('intervalId');
  });

  it('avoids bindings in scope, names used inside the scope and reserved names', () => {
    expect(nameIn('const intervalId = 1; run(() => { tick(); });')).toBe('intervalId2');
    expect(nameIn('run(() => { use(intervalId); });')).toBe('intervalId2');
    expect(nameIn('run(() => { list.map((intervalId) => intervalId); });')).toBe('intervalId2');
    expect(nameIn('const intervalId2 = 1; run(() => { const intervalId = 1; });')).toBe('intervalId3');
  });

  it('remembers what it handed out', () => {
    const reserved = new Set<string>();
    expect(nameIn('run(() => {});', reserved)).toBe('intervalId');
    expect(nameIn('run(() => {});', reserved)).toBe('intervalId2');
    expect([...reserved]).toEqual(['intervalId', 'intervalId2']);
  });
});
