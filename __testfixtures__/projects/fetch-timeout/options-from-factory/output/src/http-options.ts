// Every request of the updater gets these: connection, lookup and idle-socket deadlines.
export async function getHttpOptions() {
  return {
    headers: { 'user-agent': 'updater' },
    timeout: { connect: 60_000, lookup: 60_000, socket: 60_000 },
  };
}

// Headers only: a request made with these has no deadline.
export function getBareOptions() {
  return { headers: { 'user-agent': 'updater' } };
}
