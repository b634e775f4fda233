/**
 * One parse per file, with the plain babel parser: the same AST shapes jscodeshift hands a
 * transform with `--parser=ts|tsx|babylon`, without recast's token copy (which costs several
 * times the parse). Rules never print the AST; they return text edits (see fixer.ts).
 */
import type { ParserOptions, ParserPlugin } from '@babel/parser';
import type { File } from '@babel/types';
import type { LanguageInfo } from '../core/language';

// Loaded on the first parse (about 18 ms): a \`--cache\` run whose files all come from the cache parses nothing.
let parser: typeof import('@babel/parser') | undefined;
const loadParser = (): typeof import('@babel/parser') => (parser ??= require('@babel/parser') as typeof import('@babel/parser'));

const COMMON_PLUGINS: ParserPlugin[] = [
  'decorators-legacy',
  'decoratorAutoAccessors',
  'classProperties',
  'classPrivateProperties',
  'classPrivateMethods',
  'classStaticBlock',
  'doExpressions',
  'exportDefaultFrom',
  'functionBind',
  'importAttributes',
  'explicitResourceManagement',
  'importMeta',
  'numericSeparator',
  'optionalChaining',
  'nullishCoalescingOperator',
  'topLevelAwait',
  'throwExpressions',
];

function getPlugins(info: LanguageInfo): ParserPlugin[] {
  switch (info.language) {
    case 'ts':
      return [...COMMON_PLUGINS, 'typescript'];
    case 'tsx':
      return [...COMMON_PLUGINS, 'typescript', 'jsx'];
    case 'js':
      return [...COMMON_PLUGINS, 'jsx'];
  }
}

const optionsCache = new Map<string, ParserOptions>();

function getParserOptions(info: LanguageInfo): ParserOptions {
  const key = `${info.language}:${info.sourceType}`;
  let options = optionsCache.get(key);
  if (!options) {
    options = {
      sourceType: info.sourceType,
      allowImportExportEverywhere: true,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      allowNewTargetOutsideFunction: true,
      allowSuperOutsideMethod: true,
      allowUndeclaredExports: true,
      errorRecovery: false,
      plugins: getPlugins(info),
    };
    optionsCache.set(key, options);
  }
  return options;
}

export class ParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'ParseError';
  }
}

/** Parses `text` (without BOM). Throws `ParseError` with a 1-based position. */
export function parseSource(text: string, info: LanguageInfo): File {
  try {
    return loadParser().parse(text, getParserOptions(info)) as unknown as File;
  } catch (error) {
    const err = error as { message?: string; loc?: { line: number; column: number } };
    const line = err.loc?.line ?? 1;
    const column = (err.loc?.column ?? 0) + 1;
    const message = String(err.message ?? error).replace(/\s*\(\d+:\d+\)$/, '');
    throw new ParseError(message, line, column);
  }
}
