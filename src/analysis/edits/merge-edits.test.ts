import { describe, expect, it } from 'vitest';
import { mergeEdits } from './merge-edits';

describe('mergeEdits', () => {
  it('joins insertions at one offset in the order given and sorts the rest', () => {
    expect(
      mergeEdits([
        { start: 10, end: 10, text: 'b' },
        { start: 2, end: 4, text: 'x' },
        { start: 10, end: 10, text: 'c' },
        { start: 4, end: 4, text: 'y' },
      ]),
    ).toEqual([
      { start: 2, end: 4, text: 'x' },
      { start: 4, end: 4, text: 'y' },
      { start: 10, end: 10, text: 'bc' },
    ]);
  });
});
