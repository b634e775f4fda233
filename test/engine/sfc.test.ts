import { describe, expect, it } from 'vitest';
import { fixer } from '../../src/core/fixer';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS, defineRule, type AnyRule, type RuleContext } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { findScriptBlocks } from '../../src/core/script-blocks';
import { getRule } from '../../transforms/index';

const VUE = `<template>
  <div @click="load">{{ user.name }}</div>
</template>

<script setup lang="ts">
import { ref } from 'vue';
const user = ref({ name: '' });
async function load() {
  const res = await fetch('/api/user');
  user.value = await res.json();
}
</script>

<style scoped>
div { color: red; }
</style>
`;

function lint(raw: string, filePath: string, rule: AnyRule = getRule('fetch-timeout')!) {
  return lintSource({
    raw,
    filePath,
    displayPath: filePath,
    rules: [{ rule, options: resolveRuleOptions(rule, {}) }],
    settings: DEFAULT_SETTINGS,
    applyLevels: getAppliedLevels(false),
  });
}

describe('single-file components', () => {
  it('finds blocks with their language, setup and module flags; ignores commented-out scripts', () => {
    const text = '<!-- <script>nope()</script> -->\n<script context="module" lang="ts">a</script>\n<script setup>b</script>';
    expect(findScriptBlocks(text).map((b) => [text.slice(b.start, b.end), b.lang, b.setup, b.module])).toEqual([
      ['a', 'ts', false, true],
      ['b', 'js', true, false],
    ]);
  });

  it('leaves out a script inside an element of the markup (a <body>), also one with an arrow in a {…} attribute; not after an unclosed <p>', () => {
    const text = '<script>a()</script>\n<body>\n  <script src={list.map((p) => p.url)}></script>\n  <script>b()</script>\n</body>';
    expect(findScriptBlocks(text).map((b) => text.slice(b.start, b.end))).toEqual(['a()']);
    const open = '<p>hello\n<script>c()</script>';
    expect(findScriptBlocks(open).map((b) => open.slice(b.start, b.end))).toEqual(['c()']);
    const vue = '<template>\n  <div><img src="x.png"><br/></div>\n</template>\n<script setup>d()</script>';
    expect(findScriptBlocks(vue).map((b) => vue.slice(b.start, b.end))).toEqual(['d()']);
  });

  it('reads past a `>` in a quoted attribute value (a generic component)', () => {
    const text = '<template><p /></template>\n<script setup lang="ts" generic="T extends Record<string, unknown>">const a = 1;</script>\n<script lang=\'ts\' generics=\'K extends Map<string, number>\'>b</script>';
    expect(findScriptBlocks(text).map((b) => [text.slice(b.start, b.end), b.lang, b.setup])).toEqual([
      ['const a = 1;', 'ts', true],
      ['b', 'ts', false],
    ]);
  });

  it('reads past a `>` in a quoted attribute (Svelte generics) and leaves out the scripts of <svelte:head>', () => {
    const text = '<script lang="ts" generics="T extends Record<string, unknown>">a</script>\n<svelte:head>\n  <script type="application/javascript" nonce={nonce}>window.x = { a: 1 }</script>\n</svelte:head>\n<p>{a}</p>';
    expect(findScriptBlocks(text).map((b) => [text.slice(b.start, b.end), b.lang])).toEqual([['a', 'ts']]);
    const named = '<script>// see <svelte:head> below\na()</script>\n<svelte:head><script>b()</script></svelte:head>';
    expect(findScriptBlocks(named).map((b) => named.slice(b.start, b.end))).toEqual(['// see <svelte:head> below\na()']);
  });

  it('fixes code in a Vue <script setup lang="ts"> block and leaves the rest byte for byte', () => {
    const result = lint(VUE, 'User.vue');
    expect(result.findings.map((f) => `${f.line}:${f.column}`)).toEqual(['9:21']);
    expect(result.output).toBe(VUE.replace("fetch('/api/user')", "fetch('/api/user', { signal: AbortSignal.timeout(10_000) })"));
  });

  it('keeps CRLF in a component', () => {
    const crlf = VUE.replace(/\n/g, '\r\n');
    expect(lint(crlf, 'User.vue').output).toBe(crlf.replace("fetch('/api/user')", "fetch('/api/user', { signal: AbortSignal.timeout(10_000) })"));
  });

  it('handles Svelte components', () => {
    const svelte = "<script>\n  import { onMount } from 'svelte';\n  onMount(async () => { data = await (await fetch(url)).json(); });\n</script>\n\n<p>{data}</p>\n";
    const result = lint(svelte, 'Widget.svelte');
    expect(result.output).toBe(svelte.replace('fetch(url)', 'fetch(url, { signal: AbortSignal.timeout(10_000) })'));
  });

  it('tells rules which block is which', () => {
    let seen: RuleContext['sfc'] = null;
    const probe = defineRule<Record<string, never>>({
      meta: { id: 'probe', description: '', goAnalogue: '', fixLevel: 'none', prefilter: /./, options: {}, docs: '' },
      create(context) {
        seen = context.sfc;
        return {};
      },
    });
    lint(VUE, 'User.vue', probe);
    expect(seen).toMatchObject({ kind: 'vue', blocks: [{ lang: 'ts', setup: true, module: false }] });
  });

  it('refuses a fix that would edit the template', () => {
    const outside = defineRule<Record<string, never>>({
      meta: { id: 'outside', description: '', goAnalogue: '', fixLevel: 'auto', prefilter: /fetch/, options: {}, docs: '' },
      create(context) {
        return {
          Program(path) {
            context.report({ node: path.node, message: 'x', fix: { safe: true, description: 'x', edits: [fixer.insertBefore(0, '// header\n')] } });
          },
        };
      },
    });
    const result = lint(VUE, 'User.vue', outside);
    expect(result.output).toBeUndefined();
    expect(result.findings[0]!.fix).toBe('none');
    expect(result.errors).toMatchObject([{ kind: 'internal', rule: 'outside' }]);
  });

  it('reports a syntax error in a script block at its real line', () => {
    const result = lint('<template><p/></template>\n<script>\nfetch(url);\nconst = 1;\n</script>\n', 'Bad.vue');
    expect(result.errors).toMatchObject([{ kind: 'parse', line: 4 }]);
  });
});
