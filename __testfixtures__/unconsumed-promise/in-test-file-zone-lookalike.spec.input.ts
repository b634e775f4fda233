// A helper of the project's own that only shares the name: it runs the body and returns,
// so nothing waits for what the body drops
function waitForAsync(body: () => void): () => void {
  return () => body();
}

async function loadRows(count: number): Promise<number[]> {
  return Array.from({ length: count }, (_, index) => index);
}

it('loads rows', waitForAsync(() => {
  loadRows(3).then((rows) => {
    expect(rows.length).toBe(3);
  });
}));
