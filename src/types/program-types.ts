/**
 * The type answers for one file from a program someone else built (typescript-eslint's, in the
 * ESLint plugin), with the TypeScript module that built it. Nothing is loaded here: no ts-morph,
 * no program of our own. A program has a checker but no language service, so the checker's
 * questions are answered (`promiseLike`, `isPromiseLike`, `parameterType`) and "where is this
 * function called" (`callSites`) is unknown (`null`: the rule keeps its syntactic answer).
 */
import type * as TsMorph from 'ts-morph';
import type { TypeQueries } from '../core/rule';
import type { Ts, TypeProgram } from './programs';
import type { FileTypes } from './type-layer';
import { createTypeQueries, programTextOffset } from './type-queries';

const NO_ANSWERS: TypeQueries = {
  promiseLike: () => null,
  isPromiseLike: () => null,
  hasMethod: () => null,
  callSites: () => null,
  parameterType: () => null,
};

/**
 * `ts` and `program` are taken as they come (the caller holds no TypeScript types); anything
 * that is not a TypeScript module and a program of it, or a program without the file, gives
 * `null`. The file's answers hold only for the text the program read (`forText`, as in the
 * CLI's type layer): another text gets no answers.
 */
export function typesFromProgram(ts: unknown, program: unknown, fileName: string): FileTypes | null {
  if (!isTypeScriptModule(ts) || !isProgram(program)) return null;
  let sourceFile: TsMorph.ts.SourceFile | undefined;
  try {
    sourceFile = program.getSourceFile(fileName);
  } catch {
    return null;
  }
  // Case: the TypeScript module is not the one that built the program (another version numbers its syntax kinds otherwise)
  if (!sourceFile || sourceFile.kind !== ts.SyntaxKind.SourceFile) return null;
  const programText = sourceFile.text;
  let typed: TypeProgram | undefined;
  const byOffset = new Map<number, TypeQueries>();
  // The checker is made on the first question (a file whose candidates need no type asks none).
  const queriesAt = (offset: number): TypeQueries => {
    let queries = byOffset.get(offset);
    if (!queries) {
      typed ??= { ts, program, checker: program.getTypeChecker(), languageService: null };
      byOffset.set(offset, (queries = createTypeQueries(typed, sourceFile, offset)));
    }
    return queries;
  };
  return {
    forText(text) {
      const offset = programTextOffset(programText, text);
      if (offset === null) return NO_ANSWERS;
      return {
        promiseLike: (node) => queriesAt(offset).promiseLike(node),
        isPromiseLike: (node) => queriesAt(offset).isPromiseLike(node),
        hasMethod: (node, name, count) => queriesAt(offset).hasMethod(node, name, count),
        callSites: (node) => queriesAt(offset).callSites(node),
        parameterType: (node, index) => queriesAt(offset).parameterType(node, index),
      };
    },
  };
}

function isTypeScriptModule(value: unknown): value is Ts {
  const ts = value as Partial<Ts> | null;
  return typeof ts?.forEachChild === 'function' && typeof ts.SyntaxKind === 'object' && typeof ts.TypeFlags === 'object';
}

function isProgram(value: unknown): value is TsMorph.ts.Program {
  const program = value as Partial<TsMorph.ts.Program> | null;
  return typeof program?.getSourceFile === 'function' && typeof program.getTypeChecker === 'function';
}
