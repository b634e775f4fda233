import { EventEmitter } from 'node:events';

class Decoder extends EventEmitter {
  destroy(): void {
    this.emit('teardown');
    this.removeAllListeners();
  }
}

// dispose() destroys the decoder through a local alias: its listeners go with it.
export class TrackPlayer {
  private decoder: Decoder | null = null;

  load(): void {
    this.decoder = new Decoder();
    this.decoder.on('frame', () => {
      console.log('frame');
    });
    this.decoder.on('teardown', () => {
      console.log('decoder torn down');
    });
  }

  private dropDecoder(): void {
    if (!this.decoder) return;
    var current = this.decoder;
    current.destroy();
    this.decoder = null;
  }

  dispose(): void {
    this.dropDecoder();
  }
}

// Still a finding: the alias destroyed is another member's, and the reassigned one may hold anything.
export class StreamPlayer {
  private decoder: Decoder | null = null;
  private spare: Decoder | null = null;

  private readonly handleFrame = () => {
    console.log('frame');
  };

  load(): void {
    this.decoder = new Decoder();
    this.decoder.on('frame', this.handleFrame);
  }

  dispose(): void {
    const other = this.spare;
    other?.destroy();
    let current = this.decoder;
    current = this.spare;
    current?.destroy();
    this.decoder?.off('frame', this.handleFrame);
  }
}
