// The app directory of an Electron app: `main` is its main process, not a library entry.
export async function registerProtocol(app) {
  await app.whenReady()
}

export function start(app) {
  registerProtocol(app)
}
