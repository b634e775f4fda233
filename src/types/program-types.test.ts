import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { makeProject } from '../../test/helpers/temp';
import { typesFromProgram } from './program-types';

const STORE = `export function createStore() {
  return { async save(key: string) { await Promise.resolve(key); }, size() { return 1; } };
}
`;
const MAIN = `import { createStore } from './store';
const store = createStore();
export function onChange(key: string) {
  store.save(key);
  store.size();
}
`;

/** A program as typescript-eslint builds one: the project's own `typescript`, no language service. */
function setUp(main = MAIN) {
  const dir = makeProject({ 'src/store.ts': STORE, 'src/main.ts': main });
  const file = path.join(dir, 'src/main.ts');
  const program = ts.createProgram([file], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2023.d.ts'], types: [] });
  return { dir, file, program };
}

describe('typesFromProgram', () => {
  it("answers from the given program's checker for the text it read", () => {
    const { file, program } = setUp();
    const snippet = parseSnippet(MAIN);
    const types = typesFromProgram(ts, program, file)!.forText(MAIN);
    expect(types.promiseLike(snippet.call('store.save').node)).toBe('promise');
    expect(types.promiseLike(snippet.call('store.size').node)).toBe('none');
    const onChange = snippet.find((node) => node.type === 'FunctionDeclaration').node;
    expect(types.parameterType(onChange, 0)).toBe('string');
  });

  it('makes the checker on the first question, not before', () => {
    const { file, program } = setUp();
    let made = 0;
    const counting = Object.assign(Object.create(program) as typeof program, {
      getTypeChecker: () => (made++, program.getTypeChecker()),
    });
    const types = typesFromProgram(ts, counting, file)!.forText(MAIN);
    expect(made).toBe(0);
    types.promiseLike(parseSnippet(MAIN).call('store.save').node);
    types.promiseLike(parseSnippet(MAIN).call('store.size').node);
    expect(made).toBe(1);
  });

  it('does not know where a function is called (a program has no language service)', () => {
    const { file, program } = setUp();
    const onChange = parseSnippet(MAIN).find((node) => node.type === 'FunctionDeclaration').node;
    expect(typesFromProgram(ts, program, file)!.forText(MAIN).callSites(onChange)).toBeNull();
  });

  it('gives no answers for another text than the program read (offsets would not line up)', () => {
    const { file, program } = setUp();
    const edited = `// edited\n${MAIN}`;
    const types = typesFromProgram(ts, program, file)!.forText(edited);
    expect(types.promiseLike(parseSnippet(edited).call('store.save').node)).toBeNull();
  });

  it('lines up a program text that starts with a BOM with the text without it', () => {
    const { file, program } = setUp(`\uFEFF${MAIN}`);
    const types = typesFromProgram(ts, program, file)!.forText(MAIN);
    expect(types.promiseLike(parseSnippet(MAIN).call('store.save').node)).toBe('promise');
  });

  it('is null for a file outside the program, a module that is not TypeScript, or a TypeScript that did not build the program', () => {
    const { dir, file, program } = setUp();
    expect(typesFromProgram(ts, program, path.join(dir, 'src/other.ts'))).toBeNull();
    expect(typesFromProgram({}, program, file)).toBeNull();
    expect(typesFromProgram(ts, {}, file)).toBeNull();
    const otherVersion = { ...ts, SyntaxKind: { ...ts.SyntaxKind, SourceFile: ts.SyntaxKind.SourceFile + 1 } };
    expect(typesFromProgram(otherVersion, program, file)).toBeNull();
  });
});
