/**
 * The code a release place runs in, as the node a name must be visible in for the release to
 * read it: the cleanup-returning function's body, the setup code of a teardown hook, the
 * statement list an `onCleanup` / `onDestroy` / abort listener is registered in, or the class
 * whose release method it is. The one answer to "can the release read this name?" for handle
 * capture (src/analysis/resources/handle-capture.ts) and listener-cleanup's hoisting alike.
 */
import type { Node } from '@babel/types';
import type { ReleasePlace } from './release-place';

export function getReleaseBlock(place: ReleasePlace): Node {
  switch (place.kind) {
    // Case: `useEffect(() => { ...; return () => release; })`
    case 'returned-cleanup':
      return place.fn.node.body;
    // Case: `setup() { ...; onBeforeUnmount(() => release); }`, `<script setup>` top level
    case 'teardown-hook':
      return place.scope.node.type === 'Program' ? place.scope.node : (place.scope.node as { body: Node }).body;
    // Case: `componentWillUnmount() { release }` of the class
    case 'class-method':
      return place.classOwner.classPath.node;
    // Case: `beforeUnmount() { release }` of a Vue component's options object
    case 'options-hook':
      return place.vue.component.object.node;
    // Case: `acquire(); onCleanup(() => release);` in one statement list
    case 'cleanup-call':
    case 'destroy-ref':
    case 'abort-listener':
      return place.statement.parentPath!.node;
  }
}
