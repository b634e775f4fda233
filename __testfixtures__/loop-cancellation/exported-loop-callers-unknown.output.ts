export async function consume(next: () => Promise<string | null>, signal?: AbortSignal) {
  while (!signal?.aborted) {
    const item = await next();
    if (item !== null) console.log(item);
  }
}
