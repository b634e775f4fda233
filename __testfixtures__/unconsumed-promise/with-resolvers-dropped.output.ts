export function prepare() {
  Promise.withResolvers<void>();
}
