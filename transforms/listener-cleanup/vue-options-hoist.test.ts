import type { CallExpression } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { editSnippet } from '../../test/helpers/edit-context';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { resolveReleasePlace } from '../../src/analysis/lifecycle/release-place';
import { planOptionsValueHoist } from './vue-options-hoist';

const IMPORT = "import { defineComponent } from 'vue';\n";

/** Hoists the 2nd argument of the component's `on(...)` call: what the release reads, and the code after. */
const hoist = (component: string, language: 'ts' | 'js' = 'ts', options: { movable?: boolean; parameterType?: string } = {}) => {
  const s = editSnippet(`${IMPORT}${component}`, language);
  const call = s.call('on');
  const { place } = resolveReleasePlace(resolveOwnerScope(call), call);
  if (place?.kind !== 'options-hook') throw new Error('no options hook');
  const argument = (call.node as CallExpression).arguments[1]!;
  const value = s.find((node) => node === argument);
  const reserved = new Set<string>();
  const result = planOptionsValueHoist(
    { place, value, baseName: 'handleResize', reserved: () => reserved, movable: options.movable ?? false, parameterType: options.parameterType },
    place.vue,
    s.ctx,
  );
  return result && { text: result.text, typed: result.typed, code: s.apply(result.edits).slice(IMPORT.length) };
};

describe('planOptionsValueHoist', () => {
  it('reads a bound method as the method itself (Vue binds methods)', () => {
    expect(hoist("defineComponent({ mounted() { on('resize', this.onResize.bind(this)); }, methods: { onResize() {} } })")).toEqual({
      text: 'this.onResize',
      typed: true,
      code: "defineComponent({ mounted() { on('resize', this.onResize); }, methods: { onResize() {} } })",
    });
    // Not a method of this component: no shortcut, and nothing else to do in TypeScript.
    expect(hoist("defineComponent({ mounted() { on('resize', this.helper.bind(this)); } })")).toBeNull();
  });

  it('moves a function that uses no local of the hook into methods, typing its parameter', () => {
    expect(
      hoist("defineComponent({\n  mounted() {\n    on('resize', (event) => this.measure(event));\n  },\n  methods: {\n    measure(e: UIEvent) {},\n  },\n});\n", 'ts', { parameterType: "WindowEventMap['resize']" }),
    ).toEqual({
      text: 'this.handleResize',
      typed: true,
      code: "defineComponent({\n  mounted() {\n    on('resize', this.handleResize);\n  },\n  methods: {\n    measure(e: UIEvent) {},\n    handleResize(event: WindowEventMap['resize']) {\n      this.measure(event);\n    },\n  },\n});\n",
    });
    // Parameters only the call typed: no method in TypeScript (never `: any`); in JavaScript they move untyped.
    const untyped = "defineComponent({\n  mounted() {\n    on('resize', async function (a, b) {\n      await save(a, b);\n    });\n  },\n});\n";
    expect(hoist(untyped)).toBeNull();
    expect(hoist(untyped, 'js')).toEqual({
      text: 'this.handleResize',
      typed: true,
      code: "defineComponent({\n  mounted() {\n    on('resize', this.handleResize);\n  },\n  methods: {\n    async handleResize(a, b) {\n      await save(a, b);\n    },\n  },\n});\n",
    });
  });

  it('keeps a closure (or a function with its own this) as an instance property in JavaScript only', () => {
    const closure = "defineComponent({\n  mounted() {\n    const el = this.$el;\n    on('resize', () => el.focus());\n  },\n});\n";
    expect(hoist(closure, 'js')).toEqual({
      text: 'this.handleResize',
      typed: true,
      code: "defineComponent({\n  mounted() {\n    const el = this.$el;\n    this.handleResize = () => el.focus();\n    on('resize', this.handleResize);\n  },\n});\n",
    });
    expect(hoist(closure, 'ts')).toBeNull();
    expect(hoist("defineComponent({ mounted() { on('click', function () { this.blur(); }); } })", 'js')?.code).toBe(
      "defineComponent({ mounted() { this.handleResize = function () { this.blur(); };\non('click', this.handleResize); } })",
    );
  });

  it('keeps no instance property that the release could read unset', () => {
    expect(hoist("defineComponent({ mounted() { if (a) { on('x', function () { this.blur(); }); } } })", 'js')).toBeNull();
    expect(hoist("defineComponent({ mounted() { if (!a) return; on('x', function () { this.blur(); }); } })", 'js')).toBeNull();
  });

  it('moves a value other than a function only when its statement lets it go first', () => {
    expect(hoist("defineComponent({ mounted() { on('x', make()); } })", 'js')).toBeNull();
    expect(hoist("defineComponent({ mounted() {\n  on('x', make());\n} })", 'js', { movable: true })?.code).toBe(
      "defineComponent({ mounted() {\n  this.handleResize = make();\n  on('x', this.handleResize);\n} })",
    );
  });
});
