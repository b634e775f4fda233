import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { isFunctionNode } from '../syntax/scope';
import { isReachedOnEveryRun, resolveVueOptionsOwner } from './vue-options-owner';

/** The owner of the function around the `start()` call of a `defineComponent` component. */
const ownerOf = (members: string, imports = "import { defineComponent } from 'vue';") => {
  const s = parseSnippet(`${imports}\nexport default defineComponent({ ${members} });`);
  const fn = s.call('start').findParent((path) => isFunctionNode(path.node))!;
  const owner = resolveVueOptionsOwner(fn, null);
  if (!owner) return null;
  const { hookName, viaMethod, memberThisIsInstance, release } = owner;
  return { hookName, viaMethod, memberThisIsInstance, release: release.hook, existing: release.existing !== null, certain: release.certain };
};

describe('resolveVueOptionsOwner', () => {
  it('owns what created, beforeMount, mounted and activated acquire, in any member form', () => {
    expect(ownerOf('mounted() { start(); }')).toEqual({ hookName: 'mounted', viaMethod: false, memberThisIsInstance: true, release: 'beforeUnmount', existing: false, certain: true });
    expect(ownerOf('created: function () { start(); }')).toMatchObject({ hookName: 'created', memberThisIsInstance: true });
    expect(ownerOf("'beforeMount'() { start(); }")).toMatchObject({ hookName: 'beforeMount' });
    expect(ownerOf('mounted: () => { start(); }')).toMatchObject({ hookName: 'mounted', memberThisIsInstance: false });
  });

  it('releases in beforeUnmount (Vue 3), beforeDestroy (Vue 2), deactivated (activated)', () => {
    expect(ownerOf('mounted() { start(); }, beforeUnmount() {}')).toMatchObject({ release: 'beforeUnmount', existing: true, certain: true });
    expect(ownerOf('mounted() { start(); }, destroyed() {}')).toMatchObject({ release: 'beforeDestroy', existing: false, certain: true });
    expect(ownerOf('mounted() { start(); }, beforeDestroy: function () {}')).toMatchObject({ release: 'beforeDestroy', existing: true, certain: true });
    expect(ownerOf('activated() { start(); }')).toMatchObject({ release: 'deactivated', certain: true });
    expect(ownerOf('activated() { start(); }, deactivated() {}')).toMatchObject({ release: 'deactivated', existing: true });
  });

  it('is not certain when the major is unknown or the release hook is an arrow', () => {
    expect(ownerOf('mounted() { start(); }, beforeUnmount: () => {}')).toMatchObject({ release: 'beforeUnmount', existing: true, certain: false });
    expect(ownerOf('mounted() { start(); }, beforeUnmount() {}, beforeDestroy() {}')).toMatchObject({ release: 'beforeUnmount', certain: false });
  });

  it('owns a method only through the one acquire hook that calls it, and nothing else names', () => {
    expect(ownerOf('mounted() { this.poll(); }, methods: { poll() { start(); } }')).toMatchObject({ hookName: 'mounted', viaMethod: true, release: 'beforeUnmount' });
    expect(ownerOf('activated() { this.poll(); }, methods: { poll: function () { start(); } }')).toMatchObject({ hookName: 'activated', viaMethod: true, release: 'deactivated' });
    // Called from two places, from a nested callback, used as a value, named by a watcher, or not called at all.
    expect(ownerOf('mounted() { this.poll(); }, updated() { this.poll(); }, methods: { poll() { start(); } }')).toBeNull();
    expect(ownerOf('mounted() { this.$nextTick(() => { this.poll(); }); }, methods: { poll() { start(); } }')).toBeNull();
    expect(ownerOf("mounted() { window.addEventListener('x', this.poll); }, methods: { poll() { start(); } }")).toBeNull();
    expect(ownerOf("mounted() { this.poll(); }, watch: { id: 'poll' }, methods: { poll() { start(); } }")).toBeNull();
    expect(ownerOf('methods: { poll() { start(); } }')).toBeNull();
  });

  it('has no owner for other hooks, watchers, computed and data, nor outside components', () => {
    expect(ownerOf('updated() { start(); }')).toBeNull();
    expect(ownerOf('beforeCreate() { start(); }')).toBeNull();
    expect(ownerOf('beforeUnmount() { start(); }')).toBeNull();
    expect(ownerOf('watch: { id() { start(); } }')).toBeNull();
    expect(ownerOf('data() { start(); return {}; }')).toBeNull();
    expect(ownerOf('mounted() { start(); }', "import { defineComponent } from './not-vue';")).toBeNull();
  });
});

describe('isReachedOnEveryRun', () => {
  const reached = (body: string) => {
    const s = parseSnippet(`import { defineComponent } from 'vue';\ndefineComponent({ mounted() { ${body} } });`);
    const call = s.call('start');
    const owner = resolveVueOptionsOwner(call.findParent((path) => isFunctionNode(path.node) && path.node.type === 'ObjectMethod')!, null)!;
    return isReachedOnEveryRun(call, owner);
  };

  it('holds for a statement of the hook body with no return or throw before it', () => {
    expect(reached('a(); this.t = start();')).toBe(true);
    expect(reached('list.forEach(() => { return; }); start();')).toBe(true);
    expect(reached('if (a) start();')).toBe(false);
    expect(reached('if (!a) return; start();')).toBe(false);
    expect(reached('try { b(); } catch { throw e; } start();')).toBe(false);
    expect(reached('later(() => start());')).toBe(false);
  });
});
