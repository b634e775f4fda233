import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { editSnippet } from '../../../test/helpers/edit-context';
import { resolveAcquisitionHandle } from './acquisition-handle';
import { planHandleCapture } from './handle-capture';
import { resolveOwnerScope } from '../lifecycle/owner-scope';
import { resolveReleasePlace } from '../lifecycle/release-place';

const capture = (code: string, language: 'ts' | 'tsx' | 'js' = 'tsx', mutable = false) => {
  const s = editSnippet(code, language);
  const call = s.call('setInterval');
  const owner = resolveOwnerScope(call);
  const { place } = resolveReleasePlace(owner, call);
  if (!place) throw new Error('no place');
  const reserved = new Map<Node, Set<string>>();
  const result = planHandleCapture(
    {
      place,
      handle: resolveAcquisitionHandle(call),
      baseName: 'intervalId',
      handleType: 'ReturnType<typeof setInterval>',
      reserved: (scope) => reserved.get(scope) ?? reserved.set(scope, new Set()).get(scope)!,
      mutable,
    },
    s.ctx,
  );
  return result && { text: result.text, unset: result.unset, code: result.edits.length ? s.apply(result.edits) : code };
};

const EFFECT = "import { useEffect } from 'react';\n";

describe('planHandleCapture', () => {
  it('keeps a dropped handle in a const next to its release', () => {
    expect(capture(`${EFFECT}useEffect(() => {\n  setInterval(f, 1);\n});\n`)).toEqual({
      text: 'intervalId',
      unset: 'never',
      code: `${EFFECT}useEffect(() => {\n  const intervalId = setInterval(f, 1);\n});\n`,
    });
    expect(capture(`${EFFECT}useEffect(() => {\n  void setInterval(f, 1);\n});\n`)?.code).toBe(`${EFFECT}useEffect(() => {\n  const intervalId = setInterval(f, 1);\n});\n`);
    expect(capture(`${EFFECT}const intervalId = 1;\nuseEffect(() => {\n  setInterval(f, intervalId);\n});\n`)?.text).toBe('intervalId2');
    expect(capture(`${EFFECT}useEffect(() => {\n  setInterval(f, 1);\n});\n`, 'tsx', true)?.code).toBe(`${EFFECT}useEffect(() => {\n  let intervalId = setInterval(f, 1);\n});\n`);
  });

  it('declares a let in the owner when the release place cannot see the statement', () => {
    expect(capture(`${EFFECT}useEffect(() => {\n  if (a) {\n    setInterval(f, 1);\n  }\n});\n`)).toEqual({
      text: 'intervalId',
      unset: 'undefined',
      code: `${EFFECT}useEffect(() => {\n  let intervalId: ReturnType<typeof setInterval> | undefined;\n  if (a) {\n    intervalId = setInterval(f, 1);\n  }\n});\n`,
    });
    expect(capture(`${EFFECT}useEffect(() => {\n  if (a) {\n    setInterval(f, 1);\n  }\n});\n`, 'js')?.code).toBe(
      `${EFFECT}useEffect(() => {\n  let intervalId;\n  if (a) {\n    intervalId = setInterval(f, 1);\n  }\n});\n`,
    );
  });

  it('reuses a handle the release place can see, with what TypeScript says it may hold', () => {
    expect(capture(`${EFFECT}useEffect(() => {\n  const id = setInterval(f, 1);\n});\n`)).toMatchObject({ text: 'id', unset: 'never' });
    expect(capture(`${EFFECT}useEffect(() => {\n  let id: number | null = null;\n  id = setInterval(f, 1);\n});\n`)).toMatchObject({ text: 'id', unset: 'null' });
    expect(capture(`${EFFECT}const ref = useRef<number | null>(null);\nuseEffect(() => {\n  ref.current = setInterval(f, 1);\n});\n`)).toMatchObject({ text: 'ref.current', unset: 'null' });
    expect(capture(`${EFFECT}const ref = useRef<number>();\nuseEffect(() => {\n  ref.current = setInterval(f, 1);\n});\n`)).toMatchObject({ unset: 'undefined' });
    expect(capture('class A { t?: number | null; start() { this.t = setInterval(f, 1); } dispose() {} }')).toMatchObject({ text: 'this.t', unset: 'nullish' });
  });

  it('copies a kept handle the release place cannot see', () => {
    expect(capture(`${EFFECT}useEffect(() => {\n  if (a) {\n    const id = setInterval(f, 1);\n  }\n});\n`, 'js')?.code).toBe(
      `${EFFECT}useEffect(() => {\n  let intervalId;\n  if (a) {\n    const id = intervalId = setInterval(f, 1);\n  }\n});\n`,
    );
  });

  it('moves the handle into a field in classes', () => {
    expect(capture('class A {\n  start() {\n    setInterval(f, 1);\n  }\n  dispose() {}\n}\n', 'ts')).toEqual({
      text: 'this.intervalId',
      unset: 'undefined',
      code: 'class A {\n  private intervalId?: ReturnType<typeof setInterval>;\n  start() {\n    this.intervalId = setInterval(f, 1);\n  }\n  dispose() {}\n}\n',
    });
    expect(capture('class A {\n  start() {\n    const id = setInterval(f, 1);\n  }\n  dispose() {}\n}\n', 'js')?.code).toBe(
      'class A {\n  #intervalId;\n  start() {\n    const id = this.#intervalId = setInterval(f, 1);\n  }\n  dispose() {}\n}\n',
    );
  });

  it('gives up on handles it cannot keep', () => {
    expect(capture(`${EFFECT}useEffect(() => {\n  ready && setInterval(f, 1);\n});\n`)).toBeNull();
  });
});
