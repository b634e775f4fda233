import { restoreDatabase, warmCaches } from './db';

export async function POST(req: Request): Promise<Response> {
  await restoreDatabase(await req.arrayBuffer());
  // Not a finding: the restart must happen after the response is sent, whatever the request does.
  setTimeout(() => {
    console.log('Database restored, restarting server...');
    process.exit(0);
  }, 500);
  // A finding: nothing stops this from running after the client has gone.
  const timeoutId = setTimeout(() => {
    void warmCaches();
  }, 5_000);
  req.signal.addEventListener('abort', () => clearTimeout(timeoutId), { once: true });
  return Response.json({ success: true });
}
