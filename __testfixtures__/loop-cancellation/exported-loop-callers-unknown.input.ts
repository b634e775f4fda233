export async function consume(next: () => Promise<string | null>) {
  while (true) {
    const item = await next();
    if (item !== null) console.log(item);
  }
}
