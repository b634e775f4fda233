import { followStatus } from '../../../lib/status';

export async function GET(request: Request) {
  const { readable, writable } = new TransformStream<string, string>();
  const writer = writable.getWriter();
  void followStatus('https://status.example', (status) => void writer.write(status), request.signal);
  return new Response(readable);
}
