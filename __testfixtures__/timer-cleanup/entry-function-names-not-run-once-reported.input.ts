// Exported: other modules may call it any number of times.
export function start(): void {
  setInterval(() => console.log('exported'), 1000);
}

// Called twice.
function run(): void {
  setInterval(() => console.log('twice'), 1000);
}
run();
run();

// Called from a loop.
function init(name: string): void {
  setInterval(() => console.log(name), 1000);
}
for (const name of ['a', 'b']) init(name);

// Called once, but the timer is in a callback that runs on every connection.
function main(server: { on(event: string, listener: () => void): void }): void {
  server.on('connection', () => {
    setInterval(() => console.log('per connection'), 1000);
  });
}
main({ on() {} });

// Not an entry-point name.
function poll(): void {
  setInterval(() => console.log('poll'), 1000);
}
poll();
