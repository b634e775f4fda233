/**
 * Type answers from typescript-eslint's program, when the user's config gives it one
 * (`parserOptions.projectService` or `parserOptions.project`): the checker of THAT program, with
 * the TypeScript module typescript-eslint itself loaded (resolved from where its parser is
 * installed). Without a program the rules keep their syntactic answers: the plugin never builds
 * a program of its own (a program per linted file would cost seconds per file).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Rule } from 'eslint';
import { typesFromProgram } from '../types/program-types';
import type { FileTypes } from '../types/type-layer';

/** The TypeScript module typescript-eslint resolves from a folder (`null`: none found), by folder. */
const typescriptByFolder = new Map<string, unknown>();

/** The type answers for the file ESLint lints, or `null` (no program: syntactic answers). */
export function typesForFile(context: Rule.RuleContext, absolutePath: string): FileTypes | null {
  const services = context.sourceCode.parserServices as { program?: unknown } | undefined;
  const program = services?.program;
  if (!program) return null;
  const ts = [path.dirname(absolutePath), context.cwd, __dirname].map(typescriptFrom).find((found) => found !== null);
  return ts ? typesFromProgram(ts, program, absolutePath) : null;
}

/**
 * The `typescript` that typescript-eslint's parser loads, as resolved from `folder`: the parser
 * (directly, or through the `typescript-eslint` package), its typescript-estree, and the
 * `typescript` that one requires — the user's own install, whatever its version.
 */
function typescriptFrom(folder: string): unknown {
  if (typescriptByFolder.has(folder)) return typescriptByFolder.get(folder);
  let found: unknown = null;
  const from = createRequire(path.join(folder, 'noop.js'));
  for (const chain of [
    ['@typescript-eslint/parser', '@typescript-eslint/typescript-estree', 'typescript'],
    ['typescript-eslint', '@typescript-eslint/parser', '@typescript-eslint/typescript-estree', 'typescript'],
  ]) {
    try {
      let load = from;
      for (const name of chain.slice(0, -1)) load = createRequire(load.resolve(name));
      found = load(chain[chain.length - 1]!);
      break;
    } catch {
      // Not installed along this chain: try the next.
    }
  }
  typescriptByFolder.set(folder, found);
  return found;
}
