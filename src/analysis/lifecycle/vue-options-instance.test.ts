import { describe, expect, it } from 'vitest';
import { editSnippet } from '../../../test/helpers/edit-context';
import { resolveAcquisitionHandle } from '../resources/acquisition-handle';
import { resolveOwnerScope } from './owner-scope';
import { resolveReleasePlace } from './release-place';
import { buildDataDeclarationEdits, getDataPropertyUnset, getUniqueInstanceName, planOptionsHandleCapture } from './vue-options-instance';

const IMPORT = "import { defineComponent } from 'vue';\n";

/** The component's owner and place at its `start()` call. */
const setup = (component: string, language: 'ts' | 'js' = 'ts') => {
  const s = editSnippet(`${IMPORT}${component}`, language);
  const call = s.call('start');
  const owner = resolveOwnerScope(call);
  const { place } = resolveReleasePlace(owner, call);
  if (place?.kind !== 'options-hook') throw new Error('no options hook');
  return { s, call, vue: place.vue };
};

/** The handle capture for `start()`: its text, unset, and the component after its edits. */
const capture = (component: string, language: 'ts' | 'js' = 'ts') => {
  const { s, call, vue } = setup(component, language);
  const reserved = new Set<string>();
  const result = planOptionsHandleCapture(
    { place: { kind: 'options-hook', vue }, handle: resolveAcquisitionHandle(call), baseName: 'intervalId', handleType: 'number', reserved: () => reserved },
    vue,
    s.ctx,
  );
  return result && { text: result.text, unset: result.unset, code: s.apply(result.edits).slice(IMPORT.length) };
};

describe('getUniqueInstanceName', () => {
  it('avoids member keys, this.x, identifier-like strings and reserved names, not locals', () => {
    const { vue } = setup("defineComponent({ props: ['timer'], data() { return { intervalId: 0 }; }, mounted() { const socket = 1; this.timer2 = start(); } })");
    const reserved = new Set(['intervalId2']);
    expect(getUniqueInstanceName(vue.component, 'intervalId', reserved)).toBe('intervalId3');
    expect(getUniqueInstanceName(vue.component, 'timer', reserved)).toBe('timer3');
    expect(getUniqueInstanceName(vue.component, 'socket', reserved)).toBe('socket');
    expect(reserved.has('socket')).toBe(true);
  });
});

describe('buildDataDeclarationEdits', () => {
  const declare = (component: string) => {
    const { s, vue } = setup(component);
    const edits = buildDataDeclarationEdits(vue.component, 'intervalId', 'number', s.ctx);
    return edits ? s.apply(edits).slice(IMPORT.length) : null;
  };

  it("adds to the object data() returns, or creates data() before computed / hooks / methods", () => {
    expect(declare('defineComponent({\n  data() {\n    return { a: 1 };\n  },\n  mounted() { start(); },\n});\n')).toBe(
      'defineComponent({\n  data() {\n    return { a: 1, intervalId: undefined as number | undefined };\n  },\n  mounted() { start(); },\n});\n',
    );
    expect(declare('defineComponent({\n  data: () => ({}),\n  mounted() { start(); },\n});\n')).toBe(
      'defineComponent({\n  data: () => ({ intervalId: undefined as number | undefined }),\n  mounted() { start(); },\n});\n',
    );
    expect(declare('defineComponent({\n  props: {},\n  mounted() { start(); },\n});\n')).toBe(
      'defineComponent({\n  props: {},\n  data() {\n    return { intervalId: undefined as number | undefined };\n  },\n  mounted() { start(); },\n});\n',
    );
  });

  it('gives up on a data() whose result is not one object literal', () => {
    expect(declare('defineComponent({\n  data() {\n    return base();\n  },\n  mounted() { start(); },\n});\n')).toBeNull();
    expect(declare('defineComponent({\n  data() {\n    if (x) return { a: 1 };\n    return { a: 2 };\n  },\n  mounted() { start(); },\n});\n')).toBeNull();
  });
});

describe('getDataPropertyUnset', () => {
  it('reads what the data() declaration says the property may hold', () => {
    const unset = (value: string) => {
      const { s, vue } = setup(`defineComponent({ data() { return { timer: ${value} }; }, mounted() { start(); } })`);
      return getDataPropertyUnset(vue.component, 'timer', s.ctx);
    };
    expect(unset('null as number | null')).toBe('null');
    expect(unset('undefined as number | undefined')).toBe('undefined');
    expect(unset('<number | null | undefined>undefined')).toBe('nullish');
    expect(unset('null')).toBe('null');
    expect(unset('0')).toBe('never');
    const { s, vue } = setup('defineComponent({ data() { return {}; }, mounted() { start(); } })');
    expect(getDataPropertyUnset(vue.component, 'timer', s.ctx)).toBeNull();
  });
});

describe('planOptionsHandleCapture', () => {
  it('reuses this.x, and keeps a dropped handle on the instance (declared in data() for TypeScript)', () => {
    expect(capture('defineComponent({ data() { return { t: null as number | null }; }, mounted() { this.t = start(); } })')).toMatchObject({ text: 'this.t', unset: 'null' });
    // Not declared: set on every run of the hook, or maybe not (in an `if`, after a possible `return`).
    expect(capture('defineComponent({ mounted() { this.t = start(); } })', 'js')).toMatchObject({ text: 'this.t', unset: 'never' });
    expect(capture('defineComponent({ mounted() { if (a) this.t = start(); } })', 'js')).toMatchObject({ text: 'this.t', unset: 'undefined' });
    expect(capture('defineComponent({ mounted() { if (!a) return; this.t = start(); } })', 'js')).toMatchObject({ text: 'this.t', unset: 'undefined' });
    expect(capture('defineComponent({ mounted() { start(); } })', 'js')).toEqual({
      text: 'this.intervalId',
      unset: 'undefined',
      code: 'defineComponent({ mounted() { this.intervalId = start(); } })',
    });
    expect(capture('defineComponent({ mounted() { void start(); } })')).toEqual({
      text: 'this.intervalId',
      unset: 'undefined',
      code: 'defineComponent({ data() {\n  return { intervalId: undefined as number | undefined };\n}, mounted() { this.intervalId = start(); } })',
    });
  });

  it('copies a local the release hook cannot see, and reuses a module-level one', () => {
    expect(capture('defineComponent({ mounted() { const id = start(); log(id); } })', 'js')?.code).toBe('defineComponent({ mounted() { const id = this.intervalId = start(); log(id); } })');
    expect(capture('let id;\ndefineComponent({ mounted() { id = start(); } })', 'js')).toMatchObject({ text: 'id', unset: 'never', code: 'let id;\ndefineComponent({ mounted() { id = start(); } })' });
  });
});
