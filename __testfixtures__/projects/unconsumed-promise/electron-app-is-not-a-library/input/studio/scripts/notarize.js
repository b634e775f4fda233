// A build script of the same app (the outer package.json: packaged with electron-builder).
export async function notarizeBuild(build) {
  await build.sign()
}

export function afterSign(build) {
  notarizeBuild(build)
}
