interface Player {
  on(event: string, listener: () => void): void;
  off(event: string, listener: () => void): void;
}

// video.js's Plugin: its dispose() sets `this.player` to null.
declare class Plugin {
  constructor(player: Player);
  player: Player;
  dispose(): void;
}

// The base's dispose() ends the plugin and sets `this.player` to null, so the removal goes
// before the trailing `super.dispose()`, while `this.player` is still the player.
export class ErrorCounter extends Plugin {
  private errors = 0;
  private interval: ReturnType<typeof setInterval> | undefined;

  private readonly handleError = () => {
    this.errors++;
  };

  constructor(player: Player) {
    super(player);
    this.interval = setInterval(() => console.log(this.errors), 1000);
    this.player.on('error', this.handleError);
  }

  dispose(): void {
    if (this.interval) clearInterval(this.interval);
    this.player.off('error', this.handleError);
    super.dispose();
  }
}

// The same on a one-line dispose(): the base's teardown stays last.
export class QualityBadge extends Plugin {
  private label = '';

  constructor(player: Player) {
    super(player);
    this.player.on('resolution-change', this.onResolutionChange);
  }

  private readonly onResolutionChange = () => {
    this.label = 'HD';
  };

  dispose(): void {
    this.label = '';
    this.player.off('resolution-change', this.onResolutionChange);
    super.dispose();
  }
}
