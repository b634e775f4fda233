export async function GET(request: Request): Promise<Response> {
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    start(controller) {
      const intervalId = setInterval(() => controller.enqueue(encoder.encode('data: tick\n\n')), 1_000);
      request.signal.addEventListener('abort', () => clearInterval(intervalId), { once: true });
    },
  });
  return new Response(stream, { headers: { 'content-type': 'text/event-stream' } });
}
