async function pushChanges(changes) {
  await globalThis.api.push(changes);
}

export function schedule(changes) {
  pushChanges(changes);
}
