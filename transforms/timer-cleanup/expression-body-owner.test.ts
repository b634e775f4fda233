import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { SourceText } from '../../src/core/source-text';
import { resolveExpressionBodyOwner } from './expression-body-owner';
import type { EditContext } from '../../src/analysis/edits/statement-edits';

function resolve(code: string, callee = 'setInterval') {
  const s = parseSnippet(code, 'tsx');
  const timer = s.call(callee);
  const ctx = { source: new SourceText(code) } as unknown as EditContext;
  return resolveExpressionBodyOwner(resolveOwnerScope(timer), timer, ctx);
}

describe('resolveExpressionBodyOwner', () => {
  it('finds owner callbacks whose expression body is the timer', () => {
    expect(resolve("import { useEffect } from 'react';\nuseEffect(() => void setInterval(tick, 1000), []);")?.callText).toBe('setInterval(tick, 1000)');
    expect(resolve("import { useEffect } from 'react';\nuseEffect(() => (setInterval(tick, 1000)), []);")?.callText).toBe('setInterval(tick, 1000)');
    expect(resolve("import { onMounted } from 'vue';\nonMounted(() => setInterval(poll, 5000));")?.callText).toBe('setInterval(poll, 5000)');
  });

  it('ignores block bodies, bodies that do more, and callbacks that are not owners', () => {
    expect(resolve("import { useEffect } from 'react';\nuseEffect(() => { setInterval(tick, 1000); }, []);")).toBeNull();
    expect(resolve("import { useEffect } from 'react';\nuseEffect(() => void register(setInterval(tick, 1000)), []);")).toBeNull();
    expect(resolve('items.forEach(() => void setInterval(tick, 1000));')).toBeNull();
    expect(resolve("import { useEffect } from 'react';\nuseEffect(async () => void setInterval(tick, 1000), []);")).toBeNull();
  });
});
