import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { applyEdits } from '../core/fixer';
import type { TypeQueries } from '../core/rule';
import { composeTextOrigin, typesThroughOrigin } from './text-origin';

const TEXT = 'save();\nload().then(ok);\n';

describe('composeTextOrigin', () => {
  const edits = [
    { start: 0, end: 0, text: 'void ' },
    { start: 6, end: 6, text: '.catch(h)' },
  ];
  const next = applyEdits(TEXT, edits, '\n');
  const origin = composeTextOrigin(null, edits, '\n');

  it('maps an untouched range back, past the text written before it', () => {
    const at = next.indexOf('load().then(ok)');
    expect(origin.toOriginal(at, at + 'load().then(ok)'.length)).toEqual({ start: 8, end: 8 + 'load().then(ok)'.length });
    // `save()`, between the two insertions: its own text is untouched
    expect(origin.toOriginal(5, 11)).toEqual({ start: 0, end: 6 });
  });

  it('has no origin for a range that holds written text', () => {
    const whole = next.indexOf(';');
    expect(origin.toOriginal(0, whole)).toBeNull();
    expect(origin.toOriginal(5, 20)).toBeNull();
  });

  it('has no origin for a range something was removed from', () => {
    const removal = composeTextOrigin(null, [{ start: 2, end: 4, text: '' }], '\n');
    expect(removal.toOriginal(0, 5)).toBeNull();
    expect(removal.toOriginal(2, 6)).toEqual({ start: 4, end: 8 });
  });

  it('composes over passes, and counts inserted line breaks as the file writes them', () => {
    const crlf = composeTextOrigin(null, [{ start: 0, end: 0, text: 'a\nb\n' }], '\r\n');
    expect(crlf.toOriginal(6, 8)).toEqual({ start: 0, end: 2 });
    const second = composeTextOrigin(origin, [{ start: 0, end: 0, text: '// x\n' }], '\n');
    const at = 5 + next.indexOf('load()');
    expect(second.toOriginal(at, at + 6)).toEqual({ start: 8, end: 14 });
  });
});

describe('typesThroughOrigin', () => {
  it('asks the first text about untouched nodes only; call sites are not answered', () => {
    const asked: number[] = [];
    const queries: TypeQueries = {
      promiseLike: (node) => (asked.push(node.start!), 'none'),
      isPromiseLike: () => false,
      hasMethod: () => true,
      callSites: () => [],
      parameterType: () => 'string',
    };
    const origin = composeTextOrigin(null, [{ start: 0, end: 0, text: 'void ' }], '\n');
    const types = typesThroughOrigin(queries, origin);
    expect(types.promiseLike({ start: 5, end: 11 } as Node)).toBe('none');
    expect(asked).toEqual([0]);
    expect(types.promiseLike({ start: 0, end: 11 } as Node)).toBeNull();
    expect(types.parameterType({ start: 5, end: 11 } as Node, 0)).toBe('string');
    expect(types.hasMethod({ start: 5, end: 11 } as Node, 'catch')).toBe(true);
    expect(types.hasMethod({ start: 0, end: 11 } as Node, 'catch')).toBeNull();
    expect(types.callSites({ start: 5, end: 11 } as Node)).toBeNull();
  });
});
