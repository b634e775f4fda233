export async function fetchAllPages(load: (page: number) => Promise<{ items: string[]; more: boolean }>) {
  const items: string[] = [];
  for (let page = 0; ; page++) {
    const result = await load(page);
    items.push(...result.items);
    if (!result.more) break;
  }
  let attempt = 0;
  while (true) {
    try {
      return await load(attempt);
    } catch (error) {
      if (++attempt > 3) throw error;
    }
  }
}
