// A class with no lifecycle that this file makes only where nothing shows it is made again: in the
// constructor of another class (how many of those exist is decided elsewhere), and in an exported
// `init()` nothing here calls twice. Its interval runs as long as that instance, most often one
// of a kind started at start-up: medium.
class LogWriter {
  private readonly queue: string[] = [];

  constructor(private readonly sink: (lines: string[]) => void) {
    setInterval(() => this.flush(), 10_000);
  }

  push(line: string): void {
    this.queue.push(line);
  }

  private flush(): void {
    this.sink(this.queue.splice(0));
  }
}

export class LogReporter {
  private readonly writer: LogWriter;

  constructor(sink: (lines: string[]) => void) {
    this.writer = new LogWriter(sink);
  }

  write(line: string): void {
    this.writer.push(line);
  }
}

// The real leak next to it: a tracker made for every connection, whose interval nothing clears.
class Tracker {
  constructor(readonly name: string) {
    setInterval(() => console.log('tick', this.name), 1000);
  }
}

export function init(server: { on(event: 'connection', handler: (id: string) => void): void }, trackers: Tracker[]): void {
  server.on('connection', (id) => {
    trackers.push(new Tracker(id));
  });
}
