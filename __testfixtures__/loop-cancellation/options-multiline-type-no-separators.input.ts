import { setTimeout as sleep } from 'node:timers/promises'

// Members one a line with no separator, in semicolon-less code: the new field has none, and the
// last member is left as it was.
async function waitForNotification (options: {
  server: { hasNotification: (type: string) => Promise<boolean> }
  type: string
  delayMs: number
}) {
  while (true) {
    if (await options.server.hasNotification(options.type)) break
    await sleep(options.delayMs)
  }
}

export async function checkNotified (server: { hasNotification: (type: string) => Promise<boolean> }, signal: AbortSignal) {
  await waitForNotification({ server, type: 'new-video', delayMs: 500 })
}

// The same type written with semicolons keeps them.
async function waitForJob (options: {
  server: { hasJob: (type: string) => Promise<boolean> };
  type: string;
}) {
  while (true) {
    if (await options.server.hasJob(options.type)) break
    await sleep(500)
  }
}

export async function checkJob (server: { hasJob: (type: string) => Promise<boolean> }, signal: AbortSignal) {
  await waitForJob({ server, type: 'transcoding' })
}
