export function startHeartbeat(send: () => void): () => void {
  const intervalId = setInterval(send, 30_000);
  return () => {
    clearInterval(intervalId);
  };
}
