async function watchJob(id: string, onUpdate: (state: string) => void) {
  for (;;) {
    const res = await fetch(`https://jobs.example/${id}`, { signal: AbortSignal.timeout(5000) });
    onUpdate(await res.text());
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

export async function GET(request: Request) {
  const stream = new TransformStream<string, string>();
  const writer = stream.writable.getWriter();
  void watchJob('42', (state) => void writer.write(state));
  return new Response(stream.readable);
}
