/**
 * Extracts before/after examples from a rule's docs page: a fenced code block whose nearest
 * preceding text line mentions "Before", followed by one that mentions "After". An HTML
 * comment `<!-- options: {...} -->` between them (or just before the "Before" block) sets rule
 * options for that pair; `<!-- target: {...} -->` sets the runtime target.
 */
export interface DocExample {
  language: 'ts' | 'tsx' | 'js';
  before: string;
  after: string;
  options: Record<string, unknown>;
  target?: Record<string, unknown>;
  /** 1-based line of the "Before" fence, for failure messages. */
  line: number;
}

interface Fence {
  info: string;
  body: string;
  label: string;
  line: number;
  options?: Record<string, unknown>;
  target?: Record<string, unknown>;
}

function languageOf(info: string): DocExample['language'] | null {
  const lang = info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (lang === 'ts' || lang === 'typescript') return 'ts';
  if (lang === 'tsx') return 'tsx';
  if (lang === 'js' || lang === 'javascript' || lang === 'jsx' || lang === 'mjs' || lang === 'cjs') return 'js';
  return null;
}

export function extractDocExamples(markdown: string): DocExample[] {
  const lines = markdown.split('\n');
  const fences: Fence[] = [];
  let label = '';
  let pendingOptions: Record<string, unknown> | undefined;
  let pendingTarget: Record<string, unknown> | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
    if (open) {
      const fence = open[2]!;
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && !lines[j]!.trim().startsWith(fence)) body.push(lines[j++]!);
      const entry: Fence = { info: open[3] ?? '', body: body.join('\n') + '\n', label, line: i + 1 };
      if (pendingOptions) entry.options = pendingOptions;
      if (pendingTarget) entry.target = pendingTarget;
      fences.push(entry);
      label = '';
      i = j;
      continue;
    }
    const options = /<!--\s*options:\s*(\{.*\})\s*-->/.exec(line);
    if (options) pendingOptions = JSON.parse(options[1]!) as Record<string, unknown>;
    const target = /<!--\s*target:\s*(\{.*\})\s*-->/.exec(line);
    if (target) pendingTarget = JSON.parse(target[1]!) as Record<string, unknown>;
    if (line.trim() !== '' && !options && !target) label = line;
  }
  const examples: DocExample[] = [];
  for (let i = 0; i + 1 < fences.length; i++) {
    const before = fences[i]!;
    const after = fences[i + 1]!;
    const language = languageOf(before.info);
    if (!language || !/\bbefore\b/i.test(before.label) || !/\bafter\b/i.test(after.label)) continue;
    const example: DocExample = {
      language,
      before: before.body,
      after: after.body,
      options: after.options ?? before.options ?? {},
      line: before.line,
    };
    const target = after.target ?? before.target;
    if (target) example.target = target;
    examples.push(example);
    i++;
  }
  return examples;
}
