interface Peer {
  killed: Promise<void>;
  ready: Promise<void>;
}

declare function connectPeer(url: string): Promise<Peer>;
declare function showError(error: unknown): void;

// `peer.killed.finally(…)` is a settle hook: it says what to do when the connection ends.
// Awaiting it would hold connect() until the peer dies; its rejection gets a handler instead.
export async function connect(url: string, socket: { close(): void }): Promise<Peer | undefined> {
  try {
    const peer = await connectPeer(url);
    void peer.killed.finally(() => {
      socket.close();
    }).catch((error) => console.error(error));
    return peer;
  } catch (error) {
    showError(error);
    return undefined;
  }
}

// The real leak next to it: work whose failure the catch was written for — await it (a suggestion).
export async function connectReady(url: string): Promise<Peer | undefined> {
  try {
    const peer = await connectPeer(url);
    await peer.ready.then(() => console.log('ready'));
    return peer;
  } catch (error) {
    showError(error);
    return undefined;
  }
}
