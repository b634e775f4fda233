import net from 'node:net';

// A connection that pings its peer; stop() forgets the ping timer and the socket.
export function startHeartbeat(port: number): { stop(): void } {
  const socket = net.connect(port, '127.0.0.1');
  const ping = setInterval(() => socket.write('ping\n'), 1000);
  return {
    stop() {
      clearInterval(ping);
      socket.destroy();
    },
  };
}
