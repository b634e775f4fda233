/**
 * One parse per file, with the plain babel parser: the same AST shapes jscodeshift hands a
 * transform with `--parser=ts|tsx|babylon`, without recast's token copy (which costs several
 * times the parse). Rules never print the AST; they return text edits (see fixer.ts).
 */
import type { ParserOptions, ParserPlugin } from '@babel/parser';
import type { File } from '@babel/types';
import type { LanguageInfo } from '../core/language';
import { recordFileComments } from '../core/comments';

// Loaded on the first parse (about 18 ms): a \`--cache\` run whose files all come from the cache parses nothing.
let parser: typeof import('@babel/parser') | undefined;
const loadParser = (): typeof import('@babel/parser') => (parser ??= require('@babel/parser') as typeof import('@babel/parser'));

/** One babel parse; the file's comments are recorded for the lookups of core/comments.ts (nodes carry none). */
function parseWith(text: string, options: ParserOptions): File {
  const file = loadParser().parse(text, options) as unknown as File;
  recordFileComments(file);
  return file;
}

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

function getPlugins(info: LanguageInfo, flow: boolean): ParserPlugin[] {
  switch (info.language) {
    case 'ts':
      return [...COMMON_PLUGINS, 'typescript'];
    case 'tsx':
      return [...COMMON_PLUGINS, 'typescript', 'jsx'];
    case 'js':
      return flow ? [...COMMON_PLUGINS, 'jsx', 'flow'] : [...COMMON_PLUGINS, 'jsx'];
  }
}

/**
 * A JavaScript file that says it is Flow (`// @flow` or `/* @flow *\/` among its first comments):
 * parsed with babel's Flow plugin, as jscodeshift's `babel` parser does (responsively-app's
 * legacy Electron app: `import type`, annotated parameters). Other `.js` files are parsed without
 * it first, since Flow's syntax makes some plain JavaScript ambiguous (`a < b > (c)`), and with it
 * only when that fails.
 */
export function isFlowSource(text: string): boolean {
  // The file's leading comments, read one by one (a regular expression over them can backtrack
  // for ever on a long header with no pragma): a linear scan.
  let i = text.startsWith('#!') ? Math.max(text.indexOf('\n'), 0) : 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      const comment = text.slice(i, end === -1 ? text.length : end);
      if (/^\/\/\s*@flow\b/.test(comment)) return true;
      if (end === -1) return false;
      i = end + 1;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      const comment = text.slice(i, end === -1 ? text.length : end);
      if (/^\/\*+\s*(?:\*\s*)?@flow\b/.test(comment) || /\n\s*\*?\s*@flow\b/.test(comment)) return true;
      if (end === -1) return false;
      i = end + 2;
    } else {
      return false;
    }
  }
}

const optionsCache = new Map<string, ParserOptions>();

function getParserOptions(info: LanguageInfo, flow = false): ParserOptions {
  const key = `${info.language}:${info.sourceType}:${flow}`;
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
      // No leadingComments/trailingComments/innerComments on nodes: less parse time and garbage.
      // `file.comments` is filled all the same; core/comments.ts finds a node's comments there.
      attachComment: false,
      plugins: getPlugins(info, flow),
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

/**
 * Errors babel raises for TypeScript that TypeScript's parser accepts and only its checker
 * reports, so the file still compiles (and a `// @ts-expect-error` above the line silences it):
 * `abstract mode: Mode` in a class not declared abstract (PeerTube's blocklist components, whose
 * subclasses declare the member; both files were skipped as unparsable); a `type` modifier on a
 * name of an `import type { type A }` (TS2206, a checker grammar error: NocoDB's useLTARStore.ts,
 * which its esbuild build takes as it is).
 */
const CHECKER_ONLY_TS_ERRORS = new Set(['NonAbstractClassHasAbstractMethod', 'TypeModifierIsUsedInTypeImports']);

/** The AST of a TypeScript file whose only errors are checker-only ones, else null. */
function parseWithCheckerOnlyErrors(text: string, info: LanguageInfo): File | null {
  if (info.language !== 'ts' && info.language !== 'tsx') return null;
  try {
    const file = parseWith(text, { ...getParserOptions(info), errorRecovery: true }) as File & { errors?: Array<{ reasonCode?: string }> };
    const errors = file.errors ?? [];
    return errors.length > 0 && errors.every((error) => error.reasonCode !== undefined && CHECKER_ONLY_TS_ERRORS.has(error.reasonCode)) ? file : null;
  } catch {
    return null;
  }
}

/** Parses `text` (without BOM). Throws `ParseError` with a 1-based position. */
export function parseSource(text: string, info: LanguageInfo): File {
  const flow = info.language === 'js' && isFlowSource(text);
  try {
    return parseWith(text, getParserOptions(info, flow));
  } catch (error) {
    // Case: `// @ts-expect-error` over `abstract mode: Mode` in a class that is not abstract.
    const recovered = parseWithCheckerOnlyErrors(text, info);
    if (recovered) return recovered;
    // Case: Flow annotations without the pragma (a project whose babel config applies the Flow
    // preset to every file): parsed with the Flow plugin as a second try, as jscodeshift would.
    if (info.language === 'js' && !flow) {
      try {
        return parseWith(text, getParserOptions(info, true));
      } catch {
        // the first error says more about plain JavaScript
      }
    }
    const err = error as { message?: string; loc?: { line: number; column: number } };
    const line = err.loc?.line ?? 1;
    const column = (err.loc?.column ?? 0) + 1;
    const message = String(err.message ?? error).replace(/\s*\(\d+:\d+\)$/, '');
    throw new ParseError(message, line, column);
  }
}
