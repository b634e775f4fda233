interface Bus {
  on(event: string, listener: () => void): this;
  off(event: string, listener: () => void): this;
}

interface Room {
  readonly bus: Bus | null;
}

// A presence tracker that may be disposed before it ever joined a bus.
export class Presence {
  private bus: Bus | null = null;
  private count = 0;

  join(bus: Bus): void {
    this.bus = bus;
    this.bus.on('join', this.onJoin);
  }

  dispose(): void {
    this.count = 0;
  }

  private onJoin = () => {
    this.count += 1;
  };
}

// A roster whose room is always there, but whose bus the class itself treats as optional.
export class Roster {
  private lobby?: Room;

  constructor(private readonly room: Room) {}

  start(lobby: Room): void {
    this.lobby = lobby;
    if (this.room.bus) this.room.bus.on('leave', this.onLeave);
    this.lobby.bus!.on('enter', this.onEnter);
  }

  dispose(): void {
    console.log('closing', this.room.bus?.constructor.name);
  }

  private onLeave = () => {};
  private onEnter = () => {};
}
