// A published library for Electron apps (tested against electron): its callers decide what is logged.
export async function persist(store) {
  await store.flush()
}

export function save(store) {
  persist(store)
}
