/** An `EditContext` for a snippet, and a way to see what edits do to it (analysis tests). */
import { detectCodeStyle } from '../../src/core/code-style';
import type { EditContext } from '../../src/analysis/edits/statement-edits';
import { applyEdits } from '../../src/core/fixer';
import { SourceText } from '../../src/core/source-text';
import type { TextEdit } from '../../src/core/finding';
import { parseSnippet } from './ast';

export function editSnippet(code: string, language: 'ts' | 'tsx' | 'js' = 'ts', filename = `snippet.${language}`) {
  const snippet = parseSnippet(code, language);
  const source = new SourceText(code);
  const ctx: EditContext = { filename, source, style: detectCodeStyle(snippet.ast, source), language, ast: snippet.ast, sfc: null };
  return {
    ...snippet,
    ctx,
    /** The snippet with `edits` applied. */
    apply(edits: readonly TextEdit[] | null | undefined): string {
      if (!edits) throw new Error('no edits');
      return applyEdits(code, edits, '\n');
    },
  };
}
