// Called only in its file, with literals that spread a local literal: high.
async function sendWithAuth(url: string, token: string, options: RequestInit = {}) {
  const response = await fetch(url, { ...options, headers: { authorization: `Bearer ${token}` } });
  return response.ok;
}

export function removeItem(url: string, token: string, permanent: boolean) {
  let extra: RequestInit = {};
  if (permanent) extra = { headers: { 'x-permanent': '1' } };
  return sendWithAuth(url, token, { ...extra, method: 'DELETE' });
}

export function touchItem(url: string, token: string) {
  return sendWithAuth(url, token);
}
