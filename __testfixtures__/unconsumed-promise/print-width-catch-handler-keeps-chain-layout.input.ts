declare function loadScene(id: string): Promise<string[]>;
declare function saveAll(ids: string[]): Promise<void>;
declare function render(elements: string[]): void;

// The handler's block is broken; the chain before it is left as written (prettier would
// move `.then(` to a line of its own once `.catch(` follows: a formatter run does that).
export function restore(id: string): void {
  loadScene(id).then((elements) => {
    render(elements);
  });
}

export function saveEach(ids: string[]): void {
  ids.map(async (id) => {
    await saveAll([id]);
  });
}
