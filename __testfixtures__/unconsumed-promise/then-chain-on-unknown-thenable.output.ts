export function refresh(store: { load(): { then(ok: () => void): unknown } }) {
  store.load().then(() => console.log('loaded'));
}
