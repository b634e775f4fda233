// Callers pass options they were given (a parameter, a spread of one): medium.
async function post(url: string, init: RequestInit) {
  const response = await fetch(url, init);
  return response.status;
}

async function put(url: string, init: RequestInit) {
  const response = await fetch(url, init);
  return response.status;
}

export function save(url: string, init: RequestInit) {
  return post(url, init);
}

export function replace(url: string, init: RequestInit) {
  return put(url, { ...init, method: 'PUT' });
}
