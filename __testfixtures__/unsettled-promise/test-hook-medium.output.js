// A helper that registers a test hook, in a file the path does not mark as a test: the runner's
// hook timeout ends the wait if the server never says it listens (report-only, medium).
export function describeWithServer(description, startServer, specs) {
  describe(description, () => {
    let server;
    beforeAll(async () => {
      server = startServer();
      await new Promise((resolve) => {
        server.stdout.on('data', (data) => {
          if (String(data).includes('Listening')) resolve();
        });
      });
    });
    specs(() => server);
  });
}

// The real leak next to it: the same wait in the app's own code, with no runner to end it (high).
export async function waitForListening(server) {
  await new Promise((resolve) => {
    server.stdout.on('data', (data) => {
      if (String(data).includes('Listening')) resolve();
    });
  });
}
