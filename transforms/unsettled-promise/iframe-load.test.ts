import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { findIframeBinding, isInserted } from './iframe-load';

/** [is a frame, is inserted] for the target of the first `onload` assignment in `code`. */
function frameOf(code: string): [boolean, boolean] {
  const snippet = parseSnippet(code, 'ts');
  const assignment = snippet.find((node) => node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && node.left.property.type === 'Identifier' && node.left.property.name === 'onload');
  const target = assignment.node.type === 'AssignmentExpression' && assignment.node.left.type === 'MemberExpression' ? assignment.node.left.object : assignment.node;
  const binding = findIframeBinding(target, assignment);
  return [binding !== null, binding !== null && isInserted(binding, assignment)];
}

describe('iframe-load', () => {
  it('finds a frame made by createElement or typed as one, and whether the code inserts it', () => {
    expect(frameOf("const f = document.createElement('iframe'); f.onload = go; document.body.appendChild(f);")).toEqual([true, true]);
    expect(frameOf("const f = document.createElement('IFRAME'); f.onload = go; host.append(f);")).toEqual([true, true]);
    expect(frameOf('const f: HTMLIFrameElement = make(); f.onload = go; anchor.after(f);')).toEqual([true, true]);
    expect(frameOf("const f = document.querySelector('#x') as HTMLIFrameElement; f.onload = go;")).toEqual([true, false]);
    expect(frameOf("const f = document.createElement('iframe'); f.onload = go; keep(f);")).toEqual([true, false]);
  });

  it('leaves other elements alone', () => {
    expect(frameOf("const img = document.createElement('img'); img.onload = go; document.body.appendChild(img);")).toEqual([false, false]);
    expect(frameOf('const f = make(); f.onload = go;')).toEqual([false, false]);
  });
});
