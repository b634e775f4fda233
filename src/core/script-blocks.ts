/**
 * Single-file components (`.vue`, `.svelte`): the code lives in `<script>` blocks. Rather than
 * cutting the blocks out and mapping positions back, the engine parses a *view* of the file in
 * which everything outside the blocks is blanked to spaces (line breaks kept). Offsets, lines
 * and columns in the view are the file's own, so findings and edits need no translation; an
 * edit is accepted only inside a block.
 */
import type { TextEdit } from './finding';
import type { Language, LanguageInfo } from './language';

export interface ScriptBlock {
  /** Offset of the first character of the block's content (after `<script …>`). */
  start: number;
  /** Offset just past the content (where `</script>` starts). */
  end: number;
  lang: Language;
  /** Vue `<script setup>`: runs once per component instance. */
  setup: boolean;
  /** Svelte `<script context="module">` / `<script module>`: runs once per module. */
  module: boolean;
}

export interface ParseView {
  /** The text the parser sees: the file itself, or the file with non-script parts blanked. */
  text: string;
  info: LanguageInfo;
  /** `null` for plain source files. */
  blocks: ScriptBlock[] | null;
  /**
   * A single-file component's text with its script blocks blanked (line breaks kept): what its
   * template or markup says. Unset for plain source files.
   */
  markup?: string;
}

// The attributes may hold a `>` in a quoted value: Vue's and Svelte's generic components
// (`<script setup lang="ts" generic="T extends Record<string, unknown>">`).
const SCRIPT_BLOCK = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const SCRIPT_OPEN_LENGTH = '<script'.length;
/** Svelte's `<svelte:head>`: markup put in the document head, its `<script>` elements included — not component code. */
const SVELTE_HEAD = /<svelte:head\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/svelte:head\s*>/gi;

function languageOf(attributes: string): Language {
  const lang = /\blang\s*=\s*["']?([a-z]+)/i.exec(attributes)?.[1]?.toLowerCase();
  if (lang === 'ts' || lang === 'typescript') return 'ts';
  if (lang === 'tsx') return 'tsx';
  return 'js';
}

export function findScriptBlocks(text: string): ScriptBlock[] {
  const blocks: ScriptBlock[] = [];
  // Blank HTML comments first so a commented-out <script> is not taken for a real one.
  const searchable = text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\r\n]/g, ' '));
  const matches = [...searchable.matchAll(SCRIPT_BLOCK)];
  // `<svelte:head>` looked for outside the scripts' code (a comment there may name it)
  let outside = searchable;
  for (const match of matches) {
    const contentStart = match.index! + SCRIPT_OPEN_LENGTH + (match[1] ?? '').length + 1;
    const contentEnd = contentStart + (match[2] ?? '').length;
    outside = outside.slice(0, contentStart) + blank(outside.slice(contentStart, contentEnd)) + outside.slice(contentEnd);
  }
  const heads = [...outside.matchAll(SVELTE_HEAD)].map((head) => [head.index!, head.index! + head[0].length] as const);
  for (const match of matches) {
    if (heads.some(([from, to]) => match.index! >= from && match.index! < to)) continue;
    const attributes = match[1] ?? '';
    const start = match.index! + SCRIPT_OPEN_LENGTH + attributes.length + 1;
    blocks.push({
      start,
      end: start + (match[2] ?? '').length,
      lang: languageOf(attributes),
      setup: /(?:^|\s)setup(?:\s|=|$)/.test(attributes),
      module: /\bcontext\s*=\s*["']module["']/.test(attributes) || /(?:^|\s)module(?:\s|=|$)/.test(attributes),
    });
  }
  return blocks;
}

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

export function createParseView(text: string, info: LanguageInfo): ParseView {
  if (!info.container) return { text, info, blocks: null };
  const blocks = findScriptBlocks(text);
  let view = '';
  let markup = '';
  let position = 0;
  for (const block of blocks) {
    view += blank(text.slice(position, block.start)) + text.slice(block.start, block.end);
    markup += text.slice(position, block.start) + blank(text.slice(block.start, block.end));
    position = block.end;
  }
  view += blank(text.slice(position));
  markup += text.slice(position);
  const language: Language = blocks.some((b) => b.lang === 'tsx') ? 'tsx' : blocks.some((b) => b.lang === 'ts') ? 'ts' : 'js';
  return { text: view, info: { language, sourceType: 'module', container: info.container }, blocks, markup };
}

/** Edits of a single-file component must stay inside its script blocks. */
export function isEditInsideBlocks(edit: TextEdit, blocks: readonly ScriptBlock[] | null): boolean {
  if (!blocks) return true;
  return blocks.some((block) => edit.start >= block.start && edit.end <= block.end);
}
