import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { describeTextMadeIntoFile } from './text-file';

const madeIntoFile = (code: string) => describeTextMadeIntoFile(parseSnippet(code).call('res.text'));

describe('describeTextMadeIntoFile', () => {
  it('finds the text made into a Blob or File, in place or through a const', () => {
    expect(madeIntoFile('async (res: Response) => new Blob([await res.text()], { type: "text/plain" });')).toBe('`new Blob([…])`');
    expect(madeIntoFile('async (res: Response) => new Blob(["# ", (await res.text()) as string]);')).toBe('`new Blob([…])`');
    expect(madeIntoFile('async (res: Response) => {\n  const text = await res.text();\n  log(text.length);\n  return new File([text], "a.md");\n};')).toBe('`new File([…])`');
  });

  it('is null for text kept as a string, a let, another argument, or a project\'s own Blob', () => {
    expect(madeIntoFile('async (res: Response) => [await res.text()].join("");')).toBeNull();
    expect(madeIntoFile('async (res: Response) => {\n  let text = await res.text();\n  text = text.trim();\n  return new Blob([text]);\n};')).toBeNull();
    expect(madeIntoFile('async (res: Response) => new File(["x"], await res.text());')).toBeNull();
    expect(madeIntoFile('async (res: Response) => new Blob(await res.text());')).toBeNull();
    expect(madeIntoFile('class Blob { constructor(readonly parts: string[]) {} }\nasync (res: Response) => new Blob([await res.text()]);')).toBeNull();
  });
});
