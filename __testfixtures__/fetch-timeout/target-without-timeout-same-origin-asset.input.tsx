// A page's code (a .tsx module): a static file of the page's own origin (the server that served
// the page serves it), on a target without AbortSignal.timeout (no fix): `medium`. An endpoint, a
// path picked at run time, a remote host or media: `high`.
export async function loadClientConfig(): Promise<unknown> {
  const url = `${import.meta.env.BASE_URL}/config.json`;
  const config = await fetch(url, { method: 'GET' });
  return config.json();
}

// Negative: a path picked at run time may be an endpoint's answer: `high`
export async function loadMessages(lang: string): Promise<Record<string, string>> {
  const response = await fetch(`/locales/${lang}/messages.json`);
  return response.json();
}

// Negative: an endpoint of the same origin is a call to a service: `high`
export async function refreshToken(): Promise<unknown> {
  const response = await fetch('/api/v1/users/token', { method: 'POST' });
  return response.json();
}

// Negative: a server given at run time may be another origin: `high`
export async function loadServerMessages(serverUrl: string): Promise<unknown> {
  const response = await fetch(`${serverUrl}/locales/messages.json`);
  return response.json();
}

// Negative: a model or media file is a long download: `high`
export async function loadModel(): Promise<ArrayBuffer> {
  const response = await fetch('/models/segmentation.tflite');
  return response.arrayBuffer();
}
