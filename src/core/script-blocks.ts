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
/** An element's opening or closing tag in markup; a `>` in a quoted value or a `{…}` expression does not end it. */
const TAG = /<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^{}]*\})*)>/g;
/** HTML elements that have no closing tag. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Whether the `<script>` at `at` (ending at `end`) is inside an element of the markup — a
 * `<svelte:head>`, a `<body>`, a `<div>` — that closes after it: such a script is markup, put in
 * the page as it is, not the component's code (the compilers take only top-level scripts). An
 * element left open (an HTML `<p>` with no `</p>`) does not count.
 */
function isInsideElement(outside: string, at: number, end: number): boolean {
  const open: string[] = [];
  for (const tag of outside.slice(0, at).matchAll(TAG)) {
    const name = tag[2]!.toLowerCase();
    if (tag[1]) {
      const index = open.lastIndexOf(name);
      if (index >= 0) open.length = index;
    } else if (!VOID_ELEMENTS.has(name) && !tag[3]!.trimEnd().endsWith('/')) {
      open.push(name);
    }
  }
  const after = outside.slice(end).toLowerCase();
  return open.some((name) => after.includes(`</${name}`));
}

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
  // The markup, read apart from the scripts' code (a comment there may name a tag)
  let outside = searchable;
  for (const match of matches) {
    const contentStart = match.index! + SCRIPT_OPEN_LENGTH + (match[1] ?? '').length + 1;
    const contentEnd = contentStart + (match[2] ?? '').length;
    outside = outside.slice(0, contentStart) + blank(outside.slice(contentStart, contentEnd)) + outside.slice(contentEnd);
  }
  for (const match of matches) {
    if (isInsideElement(outside, match.index!, match.index! + match[0].length)) continue;
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
