import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { formatPretty } from '../../src/report/pretty';
import { makeProject } from '../helpers/temp';

const LEAKY = "export async function load(url: string) {\n  const res = await fetch(url);\n  return res.json();\n}\n";

describe('pretty format', () => {
  it('groups by file with a code frame, the fix diff and a per-rule summary', async () => {
    const dir = makeProject({ 'src/a.ts': LEAKY, 'src/b.ts': "fetch('/ping', { method: 'HEAD' });\n", 'src/c.ts': 'export {};\n' });
    const text = formatPretty(await run({ cwd: dir, rules: ['fetch-timeout'] }), { color: false });
    expect(text).toContain(
      [
        'src/a.ts',
        '  2:21  `fetch(…)` has no `signal`: the request can hang for ever.  fetch-timeout  auto',
        '      1 | export async function load(url: string) {',
        '    > 2 |   const res = await fetch(url);',
        '        |                     ^^^^^^^^^^',
        '      3 |   return res.json();',
      ].join('\n'),
    );
    expect(text).toContain('    -   const res = await fetch(url);\n    +   const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });');
    expect(text.indexOf('src/a.ts')).toBeLessThan(text.indexOf('src/b.ts'));
    expect(text).not.toContain('src/c.ts');
    expect(text).toMatch(/rule\s+findings\s+auto\s+suggestion\s+none\n\s+fetch-timeout\s+2\s+2\s+0\s+0\n\s+total\s+2\s+2\s+0\s+0/);
    expect(text).toMatch(/3 files scanned · 2 with findings · 2 files would change · 0 errors · \d+\.\d\ds/);
    expect(text).toContain('Run with --write to apply 2 auto fixes.');
    expect(text).not.toMatch(/\x1b\[/);
  });

  it('shows a fix whose edits are far apart as one hunk per place, not the lines between', async () => {
    const filler = Array.from({ length: 30 }, (_, i) => `  const value${i} = ref(${i});`).join('\n');
    const composable = `import { onMounted, ref } from 'vue';\n\nexport function useTicker() {\n${filler}\n  onMounted(() => {\n    setInterval(() => value0.value++, 1000);\n  });\n}\n`;
    const dir = makeProject({ 'ticker.ts': composable });
    const text = formatPretty(await run({ cwd: dir, rules: ['timer-cleanup'] }), { color: false });
    expect(text).toContain("    @@ line 1 @@\n    - import { onMounted, ref } from 'vue';\n    + import { onMounted, ref, onBeforeUnmount } from 'vue';\n    @@ line 34 @@");
    expect(text).not.toContain('const value10');
  });

  it('colours only when asked, and says "fixed" after --write', async () => {
    const dir = makeProject({ 'a.ts': LEAKY });
    const text = formatPretty(await run({ cwd: dir, write: true }), { color: true });
    expect(text).toMatch(/\x1b\[/);
    expect(text).toContain('fixed');
    expect(text).toContain('1 file written');
  });

  it('says so when there is nothing to report', async () => {
    const dir = makeProject({ 'a.ts': 'export {};\n' });
    expect(formatPretty(await run({ cwd: dir }), { color: false })).toContain('No leaks found.');
  });
});
