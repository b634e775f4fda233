import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/core/source-text';
import { getFindingHunks } from '../../src/report/patch';

const filler = Array.from({ length: 20 }, (_, i) => `const line${i} = ${i};`);
const text = ["import { ref } from 'vue';", ...filler, 'setInterval(tick, 1000);', ''].join('\n');
const source = new SourceText(text);
const at = (needle: string): number => text.indexOf(needle);

describe('getFindingHunks', () => {
  it('gives edits far apart their own hunks, without the lines between them', () => {
    const edits = [
      { start: at(' }'), end: at(' }'), text: ', onBeforeUnmount' },
      { start: at('setInterval'), end: at('setInterval'), text: 'const id = ' },
    ];
    const hunks = getFindingHunks(source, { edits }, 1);
    expect(hunks).toEqual([
      { startLine: 1, before: [], removed: ["import { ref } from 'vue';"], added: ["import { ref, onBeforeUnmount } from 'vue';"], after: [] },
      { startLine: 22, before: [], removed: ['setInterval(tick, 1000);'], added: ['const id = setInterval(tick, 1000);'], after: [] },
    ]);
  });

  it('keeps edits whose context lines touch in one hunk', () => {
    const edits = [
      { start: at('const line3'), end: at('const line3'), text: '// a\n' },
      { start: at('const line5'), end: at('const line5'), text: '// b\n' },
    ];
    const [only, ...rest] = getFindingHunks(source, { edits }, 1);
    expect(rest).toEqual([]);
    expect(only).toEqual({
      startLine: 5,
      before: [],
      removed: ['const line3 = 3;', 'const line4 = 4;'],
      added: ['// a', 'const line3 = 3;', 'const line4 = 4;', '// b'],
      after: ['const line5 = 5;'],
    });
  });
});
