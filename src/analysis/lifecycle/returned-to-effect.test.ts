import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { isReturnedToEffect } from './returned-to-effect';

const returned = (code: string, effectHooks: string[] = []) => {
  const s = parseSnippet(code, 'tsx');
  const call = s.find((node) => node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'setInterval');
  return isReturnedToEffect(call, effectHooks);
};

describe('isReturnedToEffect', () => {
  it('accepts the expression body and a block-body return of an effect or mount hook', () => {
    expect(returned("import { useEffect } from 'react'; useEffect(() => setInterval(f, 1), []);")).toBe(true);
    expect(returned("import { useEffect } from 'react'; useEffect(() => { return setInterval(f, 1); }, []);")).toBe(true);
    expect(returned("import { onMounted } from 'vue'; onMounted(() => { return setInterval(f, 1); });")).toBe(true);
  });

  it('rejects a return from an ordinary or a nested function', () => {
    expect(returned('function start() { return setInterval(f, 1); }')).toBe(false);
    expect(returned("import { useEffect } from 'react'; useEffect(() => { const start = () => setInterval(f, 1); start(); }, []);")).toBe(false);
    expect(returned("import { useEffect } from 'react'; useEffect(() => { function start() { return setInterval(f, 1); } start(); }, []);")).toBe(false);
  });

  it('knows project effect hooks only when named', () => {
    const code = "import { useMountEffect } from './hooks'; useMountEffect(() => { return setInterval(f, 1); });";
    expect(returned(code)).toBe(false);
    expect(returned(code, ['useMountEffect'])).toBe(true);
  });
});
