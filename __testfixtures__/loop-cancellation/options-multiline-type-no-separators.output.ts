import { setTimeout as sleep } from 'node:timers/promises'

// Members one a line with no separator, in semicolon-less code: the new field has none, and the
// last member is left as it was.
async function waitForNotification (options: {
  server: { hasNotification: (type: string) => Promise<boolean> }
  type: string
  delayMs: number
  signal?: AbortSignal
}) {
  while (!options.signal?.aborted) {
    if (await options.server.hasNotification(options.type)) break
    await sleep(options.delayMs, undefined, { signal: options.signal }).catch(() => {})
  }
}

export async function checkNotified (server: { hasNotification: (type: string) => Promise<boolean> }, signal: AbortSignal) {
  await waitForNotification({ server, type: 'new-video', delayMs: 500, signal })
}

// The same type written with semicolons keeps them.
async function waitForJob (options: {
  server: { hasJob: (type: string) => Promise<boolean> };
  type: string;
  signal?: AbortSignal;
}) {
  while (!options.signal?.aborted) {
    if (await options.server.hasJob(options.type)) break
    await sleep(500, undefined, { signal: options.signal }).catch(() => {})
  }
}

export async function checkJob (server: { hasJob: (type: string) => Promise<boolean> }, signal: AbortSignal) {
  await waitForJob({ server, type: 'transcoding', signal })
}
