import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { findEffectLatch } from './effect-latch';
import { resolveOwnerScope } from './owner-scope';

const latch = (body: string, deps = '[element, checked]') => {
  const code = `import { useEffect, useState } from 'react';
function useThing(element) {
  const [checked, setChecked] = useState(false);
  useEffect(() => {${body}}, ${deps});
}`;
  const s = parseSnippet(code, 'tsx');
  const call = s.find(
    (node) =>
      node.type === 'CallExpression' &&
      ((node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'addEventListener') ||
        (node.callee.type === 'Identifier' && node.callee.name === 'setInterval')),
  );
  return findEffectLatch(resolveOwnerScope(call), call);
};

describe('findEffectLatch', () => {
  it('finds an effect that sets a listed state and returns once it is set', () => {
    expect(latch("if (!element || checked) return; setChecked(true); window.addEventListener('x', f);")).toEqual({ state: 'checked', setter: 'setChecked' });
    expect(latch("if (checked) { return; } window.addEventListener('x', f); setChecked(true);")).toEqual({ state: 'checked', setter: 'setChecked' });
  });

  it('finds it for a timer the effect starts too', () => {
    expect(latch('if (!element || checked) return; setChecked(true); setInterval(f, 1000);')).toEqual({ state: 'checked', setter: 'setChecked' });
    expect(latch('if (!element) return; setInterval(f, 1000);', '[element]')).toBeNull();
  });

  it('needs the state listed, set to a truthy value, and tested before the registration', () => {
    expect(latch("if (!element || checked) return; setChecked(true); window.addEventListener('x', f);", '[element]')).toBeNull();
    expect(latch("if (!element || checked) return; setChecked(false); window.addEventListener('x', f);")).toBeNull();
    expect(latch("if (!element) return; setChecked(true); window.addEventListener('x', f);")).toBeNull();
    expect(latch("if (!checked) return; setChecked(true); window.addEventListener('x', f);")).toBeNull();
    expect(latch("window.addEventListener('x', f); if (checked) return; setChecked(true);")).toBeNull();
    expect(latch("if (!element || checked) return; const later = () => setChecked(true); window.addEventListener('x', f);")).toBeNull();
  });
});
