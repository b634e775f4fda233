import { describe, expect, it } from 'vitest';
import { editSnippet } from '../../../test/helpers/edit-context';
import { resolveOwnerScope } from '../lifecycle/owner-scope';
import { buildReleaseEdits, formatCallback } from './release-edits';
import { resolveReleasePlace } from '../lifecycle/release-place';

const release = (code: string, language: 'ts' | 'tsx' | 'js' = 'tsx') => {
  const s = editSnippet(code, language);
  const call = s.call('start');
  const owner = resolveOwnerScope(call);
  const { place } = resolveReleasePlace(owner, call);
  if (!place) throw new Error('no place');
  return s.apply(buildReleaseEdits({ place, statements: ['stop(h)'], acquisitionEnd: call.node.end! }, s.ctx));
};

describe('buildReleaseEdits', () => {
  it('releases on abort in a cancellable function, guarding an optional signal', () => {
    expect(release('function poll(signal: AbortSignal) {\n  start();\n}\n')).toBe(
      "function poll(signal: AbortSignal) {\n  start();\n  signal.addEventListener('abort', () => stop(h), { once: true });\n}\n",
    );
    expect(release('function poll(options: { signal?: AbortSignal } = {}) {\n  start()\n}\n')).toBe(
      "function poll(options: { signal?: AbortSignal } = {}) {\n  start()\n  options.signal?.addEventListener('abort', () => stop(h), { once: true })\n}\n",
    );
  });

  it('registers Vue and Svelte teardown hooks in setup code, reusing one that exists', () => {
    expect(release("import { ref } from 'vue';\nexport function useX() {\n  start();\n}\n")).toBe(
      "import { ref, onBeforeUnmount } from 'vue';\nexport function useX() {\n  start();\n  onBeforeUnmount(() => stop(h));\n}\n",
    );
    expect(release("import { onBeforeUnmount as before } from 'vue';\nexport function useX() {\n  before(() => off());\n  start();\n}\n")).toBe(
      "import { onBeforeUnmount as before } from 'vue';\nexport function useX() {\n  before(() => {\n    off();\n    stop(h);\n  });\n  start();\n}\n",
    );
  });

  it('releases before a teardown that runs the function holding the acquisition, after one that does not', () => {
    expect(release("import { onBeforeUnmount } from 'vue';\nexport function useX() {\n  function fade() {\n    start();\n  }\n  onBeforeUnmount(() => {\n    fade();\n  });\n}\n")).toBe(
      "import { onBeforeUnmount } from 'vue';\nexport function useX() {\n  function fade() {\n    start();\n  }\n  onBeforeUnmount(() => {\n    stop(h);\n    fade();\n  });\n}\n",
    );
    expect(release("import { onBeforeUnmount } from 'vue';\nexport function useX() {\n  const fade = () => {\n    start();\n  };\n  onBeforeUnmount(() => fade());\n}\n")).toBe(
      "import { onBeforeUnmount } from 'vue';\nexport function useX() {\n  const fade = () => {\n    start();\n  };\n  onBeforeUnmount(() => {\n    stop(h);\n    fade();\n  });\n}\n",
    );
    expect(release("import { ref } from 'vue';\nimport { tryOnBeforeUnmount } from '@vueuse/core';\nexport function useX() {\n  function fade() {\n    start();\n  }\n  tryOnBeforeUnmount(fade);\n}\n")).toBe(
      "import { ref, onBeforeUnmount } from 'vue';\nimport { tryOnBeforeUnmount } from '@vueuse/core';\nexport function useX() {\n  function fade() {\n    start();\n  }\n  onBeforeUnmount(() => stop(h));\n  tryOnBeforeUnmount(fade);\n}\n",
    );
    expect(release("import { onBeforeUnmount } from 'vue';\nexport function useX() {\n  function fade() {\n    start();\n  }\n  onBeforeUnmount(() => {\n    other();\n  });\n}\n")).toBe(
      "import { onBeforeUnmount } from 'vue';\nexport function useX() {\n  function fade() {\n    start();\n  }\n  onBeforeUnmount(() => {\n    other();\n    stop(h);\n  });\n}\n",
    );
  });

  it("uses Solid's onCleanup and Angular's DestroyRef right after the acquisition", () => {
    expect(release("import { onMount } from 'solid-js';\nonMount(() => {\n  start();\n});\n")).toBe(
      "import { onMount, onCleanup } from 'solid-js';\nonMount(() => {\n  start();\n  onCleanup(() => stop(h));\n});\n",
    );
    expect(release('@Component({})\nclass A {\n  #ref = inject(DestroyRef);\n  ngOnInit() {\n    start();\n  }\n}\n', 'ts')).toBe(
      '@Component({})\nclass A {\n  #ref = inject(DestroyRef);\n  ngOnInit() {\n    start();\n    this.#ref.onDestroy(() => stop(h));\n  }\n}\n',
    );
  });

  it('creates ngOnDestroy with its implements clause and import', () => {
    expect(release("import { Component } from '@angular/core';\n@Component({})\nclass A {\n  ngOnInit() {\n    start();\n  }\n}\n", 'ts')).toBe(
      "import { Component, OnDestroy } from '@angular/core';\n@Component({})\nclass A implements OnDestroy {\n  ngOnInit() {\n    start();\n  }\n\n  ngOnDestroy(): void {\n    stop(h);\n  }\n}\n",
    );
  });

  it("writes into a Vue Options-API component's release hook", () => {
    expect(release("import Vue from 'vue';\nVue.extend({\n  mounted() {\n    start();\n  },\n});\n", 'js')).toBe(
      "import Vue from 'vue';\nVue.extend({\n  mounted() {\n    start();\n  },\n  beforeDestroy() {\n    stop(h);\n  },\n});\n",
    );
  });

  it('formats callbacks compactly for one plain call', () => {
    const { ctx } = editSnippet('a();\n');
    expect(formatCallback(['stop(h)'], ctx)).toBe('() => stop(h)');
    expect(formatCallback(['if (h) stop(h)'], ctx)).toBe('() => {\n  if (h) stop(h);\n}');
    expect(formatCallback(['a()', 'b()'], ctx)).toBe('() => {\n  a();\n  b();\n}');
  });
});
