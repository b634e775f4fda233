import type { CallExpression } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isTemplateRefChain } from './vue-template-ref';

/** Whether the first argument of `use(...)` is a template ref read. */
const isRef = (code: string) => {
  const s = parseSnippet(`({ mounted() { use(${code}); } })`);
  const call = s.call('use');
  return isTemplateRefChain(s.find((node) => node === (call.node as CallExpression).arguments[0]));
};

describe('isTemplateRefChain', () => {
  it('recognises reads off this.$refs', () => {
    expect(isRef('this.$refs.list')).toBe(true);
    expect(isRef("this.$refs['list']")).toBe(true);
    expect(isRef('this.$refs.items[0]')).toBe(true);
    expect(isRef('(this.$refs.list as HTMLElement)')).toBe(true);
  });

  it('rejects $refs itself, other members and other roots', () => {
    expect(isRef('this.$refs')).toBe(false);
    expect(isRef('this.$el')).toBe(false);
    expect(isRef('this.list')).toBe(false);
    expect(isRef('vm.$refs.list')).toBe(false);
    expect(isRef('window')).toBe(false);
  });
});
