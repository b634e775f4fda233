async function notify(id: string) {
  await fetch(`/notify/${id}`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
}

export function notifyOnce(batch: string[]) {
  const deduped = new Set(batch);
  deduped.forEach(async (id) => {
    await notify(id);
  });
}

export async function notifyAll(ids: ReadonlySet<string>) {
  ids.forEach(async (id) => {
    await notify(id);
  });
  console.log('notified');
}

export function notifyOwners(owners: Map<string, string>) {
  owners.forEach(async (owner) => {
    await notify(owner);
  });
}

export function notifyKeyed(owners: Map<string, string>) {
  owners.forEach(async (owner, key) => {
    await notify(`${key}:${owner}`);
  });
}

export function notifyList(ids: string[]) {
  ids.forEach(async (id) => {
    await notify(id);
  });
}
