export async function forward(request: Request): Promise<Response> {
  return fetch(request);
}
