/**
 * A node's comments by position. The engine parses with babel's `attachComment: false` (about a
 * tenth of the parse time and its garbage: no `leadingComments` / `trailingComments` /
 * `innerComments` arrays on nodes), so code that needs the comments around a node looks them up
 * in the file's `comments` list, which babel fills either way.
 */
import type { Comment, File, Node, Program } from '@babel/types';

const recorded = new WeakMap<Program, readonly Comment[]>();

/** Keeps a parsed file's comments under its Program, for edit builders that are handed only the Program. */
export function recordFileComments(file: File): void {
  recorded.set(file.program, file.comments ?? []);
}

/** True when `text` has nothing but whitespace from `start` to `end` (babel's whitespace and line terminators are JavaScript's `\s`). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code < 128 || !/\s/.test(text[i]!)) return false;
  }
  return true;
}

/**
 * The comments between the token before `node` and `node`, in order: with comments attached,
 * babel gives a statement (the outermost node that starts at its position) exactly these as its
 * `leadingComments`. `comments` is the file's comment list (in source order), `text` the text it
 * was parsed from.
 */
export function findLeadingComments(comments: readonly Comment[], text: string, node: Node): Comment[] {
  const start = node.start!;
  // The last comment that ends at or before the node.
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comments[middle]!.end! <= start) low = middle + 1;
    else high = middle;
  }
  const last = low - 1;
  if (last < 0 || !isBlank(text, comments[last]!.end!, start)) return [];
  let first = last;
  while (first > 0 && isBlank(text, comments[first - 1]!.end!, comments[first]!.start!)) first--;
  return comments.slice(first, last + 1);
}

/** The comments inside `node` (from its start to its end), in order. */
export function findCommentsWithin(comments: readonly Comment[], node: Node): Comment[] {
  const start = node.start!;
  const end = node.end!;
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comments[middle]!.start! < start) low = middle + 1;
    else high = middle;
  }
  const within: Comment[] = [];
  for (let i = low; i < comments.length && comments[i]!.end! <= end; i++) within.push(comments[i]!);
  return within;
}

/**
 * `findLeadingComments` for a node of the file whose AST is `root` (its File, or its Program as
 * parsed by the engine). An AST parsed elsewhere with comments attached, whose Program was not
 * recorded, answers from the node itself.
 */
export function getLeadingComments(root: File | Program, text: string, node: Node): Comment[] {
  const comments = root.type === 'File' ? root.comments : recorded.get(root);
  if (!comments) return node.leadingComments ?? [];
  return findLeadingComments(comments, text, node);
}
