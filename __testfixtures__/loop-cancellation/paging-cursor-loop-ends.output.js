const { setTimeout } = require('node:timers/promises')

// A paging loop that sleeps only to spare the server: the cursor it hands to each call and
// sets from the reply runs out by itself ('0' once the scan is done).
async function getKeysFromNode(node, pattern, limit) {
  let cursor = 0
  const keys = new Set()
  while (true) {
    const reply = await node.scan(cursor, 'MATCH', pattern, 'COUNT', 1000)
    cursor = reply[0]
    for (const key of reply[1]) keys.add(key)
    const noResults = cursor === '0'
    if (noResults || keys.size >= limit) {
      return Array.from(keys)
    }
    // avoid hitting redis too hard
    await setTimeout(10)
  }
}

async function listAllPages(client) {
  let pageToken
  const items = []
  do {
    const page = await client.list(pageToken)
    items.push(...page.items)
    pageToken = page.next
    if (!pageToken) break
    await setTimeout(100)
  } while (true)
  return items
}

// The real leak next to them: a long poll that waits for the version to reach a target, which
// may never happen.
async function waitForVersion(client, target) {
  let version = 0
  while (true) {
    const reply = await client.poll(version)
    version = reply.version
    if (version === target) return
    await setTimeout(1000)
  }
}

module.exports = { getKeysFromNode, listAllPages, waitForVersion }
