async function pushChanges(changes) {
  await globalThis.api.push(changes);
}

export function schedule(changes) {
  void pushChanges(changes).catch((error) => console.error(error));
}
