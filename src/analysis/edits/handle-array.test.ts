import { describe, expect, it } from 'vitest';
import { editSnippet } from '../../../test/helpers/edit-context';
import { resolveOwnerScope } from '../lifecycle/owner-scope';
import { resolveReleasePlace } from '../lifecycle/release-place';
import { planHandleArray } from './handle-array';

const plan = (code: string, language: 'ts' | 'tsx' | 'js' = 'tsx', elementType = 'number') => {
  const s = editSnippet(code, language);
  const call = s.call('start');
  const { place } = resolveReleasePlace(resolveOwnerScope(call), call);
  if (!place) throw new Error('no place');
  const array = planHandleArray({ place, baseName: 'frameId', elementType, reserved: () => new Set() }, s.ctx);
  return array ? { code: s.apply(array.edits), access: array.access, release: array.release((item) => `stop(${item})`) } : null;
};

describe('planHandleArray', () => {
  it('declares a typed array before the owner statement that holds the loop, for an effect cleanup', () => {
    const result = plan("import { useEffect } from 'react';\nuseEffect(() => {\n  for (const w of ws) start(w);\n}, []);\n");
    expect(result).toEqual({
      code: "import { useEffect } from 'react';\nuseEffect(() => {\n  const frameIds: number[] = [];\n  for (const w of ws) start(w);\n}, []);\n",
      access: 'frameIds',
      release: 'for (const frameId of frameIds) stop(frameId)',
    });
  });

  it('parenthesises a function element type, and writes no type in JavaScript', () => {
    expect(plan("import { useEffect } from 'react';\nuseEffect(() => {\n  for (const w of ws) start(w);\n}, []);\n", 'tsx', '() => void')?.code).toContain('const frameIds: (() => void)[] = [];');
    expect(plan("import { useEffect } from 'react';\nuseEffect(() => {\n  for (const w of ws) start(w);\n}, []);\n", 'js')?.code).toContain('const frameIds = [];');
  });

  it("keeps a class's array in a field that the release method empties", () => {
    const result = plan('class A extends React.Component {\n  componentDidMount() {\n    for (const w of ws) start(w);\n  }\n}\n');
    expect(result?.access).toBe('this.frameIds');
    expect(result?.code).toContain('private readonly frameIds: number[] = [];');
    expect(result?.release).toBe('for (const frameId of this.frameIds.splice(0)) stop(frameId)');
  });

  it("keeps a Vue Options component's array in data(), emptied by the release hook", () => {
    const result = plan("import { defineComponent } from 'vue';\nexport default defineComponent({\n  data() {\n    return { a: 1 };\n  },\n  mounted() {\n    for (const w of ws) start(w);\n  },\n});\n", 'ts');
    expect(result?.access).toBe('this.frameIds');
    expect(result?.code).toContain('return { a: 1, frameIds: [] as number[] };');
    expect(result?.release).toBe('for (const frameId of this.frameIds.splice(0)) stop(frameId)');
  });

  it("reuses the array an earlier loop's fix declared and released in the same owner, and no other", () => {
    const effect = (declaration: string, release: string) =>
      `import { useEffect } from 'react';\nuseEffect(() => {\n  ${declaration}\n  for (const v of vs) other(v);\n  for (const w of ws) start(w);\n  return () => {\n    ${release}\n  };\n}, []);\n`;
    const shared = plan(effect('const frameIds: number[] = [];', 'for (const frameId of frameIds) stop(frameId);'));
    expect(shared).toEqual({ code: effect('const frameIds: number[] = [];', 'for (const frameId of frameIds) stop(frameId);'), access: 'frameIds', release: 'for (const frameId of frameIds) stop(frameId)' });
    // The same name, not released as the fix releases it: the code's own array.
    expect(plan(effect('const frameIds: number[] = [];', 'console.log(frameIds);'))?.code).toContain('const frameIds2: number[] = [];');
  });

  it('has no array for a release registered next to each acquisition', () => {
    expect(plan('function poll(signal: AbortSignal) {\n  for (const w of ws) {\n    start(w);\n  }\n}\n', 'ts')).toBeNull();
  });
});
