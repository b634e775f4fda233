import type { ObjectExpression } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { editSnippet } from '../../../test/helpers/edit-context';
import { isFunctionNode } from '../syntax/scope';
import { buildOptionsReleaseEdits, insertOptionsMemberAfter, insertOptionsMemberBefore } from './vue-options-edits';
import { resolveVueOptionsOwner } from '../lifecycle/vue-options-owner';

const IMPORT = "import { defineComponent } from 'vue';\n";

/** The component with `stop()` written into its release hook (the acquisition is `start()`). */
const release = (component: string, language: 'ts' | 'js' = 'ts') => {
  const s = editSnippet(`${IMPORT}${component}`, language);
  const owner = resolveVueOptionsOwner(s.call('start').findParent((path) => isFunctionNode(path.node))!, null)!;
  const edits = buildOptionsReleaseEdits(owner, ['stop(this.id)'], s.ctx);
  return edits ? s.apply(edits).slice(IMPORT.length) : null;
};

/** The object `{ ... }` of the snippet with a member added after the named one (or the last), or before it. */
const insert = (code: string, where: { after?: string; before?: string }) => {
  const s = editSnippet(code, 'js');
  const object = s.find((node) => node.type === 'ObjectExpression').node as ObjectExpression;
  const named = (name: string) => object.properties.find((member) => 'key' in member && member.key.type === 'Identifier' && member.key.name === name)!;
  const text = 'data() {\n  return {};\n}';
  return s.apply(where.before ? insertOptionsMemberBefore(object, named(where.before), text, s.ctx) : insertOptionsMemberAfter(object, where.after ? named(where.after) : null, text, s.ctx));
};

describe('buildOptionsReleaseEdits', () => {
  it('creates the release hook after the hooks that run before it', () => {
    expect(release('defineComponent({\n  created() {},\n  mounted() {\n    start();\n  },\n  updated() {},\n  methods: {},\n});\n')).toBe(
      'defineComponent({\n  created() {},\n  mounted() {\n    start();\n  },\n  updated() {},\n  beforeUnmount() {\n    stop(this.id);\n  },\n  methods: {},\n});\n',
    );
    expect(release('defineComponent({\n  activated(): void {\n    start()\n  },\n  mounted() {}\n})\n')).toBe(
      'defineComponent({\n  activated(): void {\n    start()\n  },\n  deactivated(): void {\n    stop(this.id)\n  },\n  mounted() {}\n})\n',
    );
  });

  it('extends an existing hook: a method, a function property, an expression arrow without `this`', () => {
    expect(release('defineComponent({\n  mounted() { start(); },\n  beforeUnmount() {\n    off();\n  },\n});\n')).toBe(
      'defineComponent({\n  mounted() { start(); },\n  beforeUnmount() {\n    off();\n    stop(this.id);\n  },\n});\n',
    );
    expect(release('defineComponent({\n  mounted() { start(); },\n  beforeUnmount: function () {},\n});\n')).toBe(
      'defineComponent({\n  mounted() { start(); },\n  beforeUnmount: function () {\n    stop(this.id);\n  },\n});\n',
    );
    expect(release('defineComponent({\n  mounted() { start(); },\n  beforeUnmount: () => {},\n});\n')).toBeNull();
    expect(release('defineComponent({\n  mounted() { start(); },\n  async beforeUnmount() { await save(); },\n});\n')).toBeNull();
  });
});

describe('insertOptionsMemberAfter / insertOptionsMemberBefore', () => {
  it('keeps commas, trailing commas, comments and blank lines', () => {
    expect(insert('({\n  a: 1,\n  b() {},\n})', { after: 'a' })).toBe('({\n  a: 1,\n  data() {\n    return {};\n  },\n  b() {},\n})');
    expect(insert('({\n  a: 1, // one\n  b: 2\n})', { after: 'a' })).toBe('({\n  a: 1, // one\n  data() {\n    return {};\n  },\n  b: 2\n})');
    expect(insert('({\n  a: 1,\n\n  b: 2\n})', {})).toBe('({\n  a: 1,\n\n  b: 2,\n\n  data() {\n    return {};\n  }\n})');
    expect(insert('({ a: 1 })', {})).toBe('({ a: 1, data() {\n  return {};\n} })');
    expect(insert('({})', {})).toBe('({\n  data() {\n    return {};\n  },\n})');
    expect(insert('({\n  a: 1,\n  // the hooks\n  b() {},\n})', { before: 'b' })).toBe('({\n  a: 1,\n  data() {\n    return {};\n  },\n  // the hooks\n  b() {},\n})');
  });
});
