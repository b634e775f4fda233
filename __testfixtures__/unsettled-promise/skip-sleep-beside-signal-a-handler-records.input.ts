type Handler = (request: Request) => Promise<Response>;

export async function checkDisconnect(listen: (handler: Handler) => { close(): void }): Promise<boolean> {
  let signal: AbortSignal | undefined;
  let aborted = false;
  const server = listen(async (request) => {
    signal = request.signal;
    signal.addEventListener('abort', () => {
      aborted = true;
    });
    return new Response('ok');
  });
  // Give the handler a moment to attach its listener: the handler's request does not own this wait.
  await new Promise((resolve) => setTimeout(resolve, 5));
  server.close();
  return aborted;
}
