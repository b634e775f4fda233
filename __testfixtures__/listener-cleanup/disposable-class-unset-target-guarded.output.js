// The disposal method drops its reference to the bus: the removal must run before that.
export class Tracker {
  attach(bus) {
    this.bus = bus;
    this.bus.on('tick', this.onTick);
  }

  dispose() {
    this.ticks = 0;
    this.bus?.off('tick', this.onTick);
    this.bus = null;
  }

  onTick = () => {
    this.ticks = (this.ticks ?? 0) + 1;
  };
}
