declare function loadScene(id: string): PromiseLike<string[]>;
declare function loadSceneWithSignal(id: string, options: { signal: AbortSignal }): PromiseLike<string[]>;
declare function render(elements: string[]): void;

// A PromiseLike has no `.catch`: the handler goes in `.then(undefined, …)`, laid out as
// prettier lays out a call: the chain broken one call per line once a call follows `.then(…)`.
export function restore(id: string): void {
  loadScene(id).then((elements) => {
    render(elements);
  });
}

// A chain on one line stays on it (left to the formatter, as with `.catch`).
export function restoreWithSignal(identifier: string, controller: AbortController): void {
  loadSceneWithSignal(identifier, { signal: controller.signal }).then(render);
}
