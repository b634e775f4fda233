async function sync(): Promise<void> {}

export function start() {
  sync();
}
