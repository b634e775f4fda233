export async function backoff(attempt: number) {
  await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 100));
}
