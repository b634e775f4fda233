import { describe, expect, it } from 'vitest';
import { createFileEditsCollector } from './file-edits-collector';

const edit = (start: number, text: string) => ({ start, end: start, text });

describe('createFileEditsCollector', () => {
  it('keeps one entry per file, in the order files first came, and copies what it is given', () => {
    const initial = [{ file: 'a.ts', edits: [edit(0, 'x')] }];
    const collector = createFileEditsCollector(initial);
    collector.add('b.ts', [edit(1, 'y')]);
    collector.add('a.ts', [edit(5, 'z')]);
    collector.add('c.ts', []);
    expect(collector.files).toEqual([
      { file: 'a.ts', edits: [edit(0, 'x'), edit(5, 'z')] },
      { file: 'b.ts', edits: [edit(1, 'y')] },
    ]);
    expect(initial[0]!.edits).toHaveLength(1);
  });
});
