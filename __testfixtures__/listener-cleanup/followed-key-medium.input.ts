import { EventEmitter } from 'node:events';

export const layout = new EventEmitter();
const roomEvent = (roomId: string): string => `layout:${roomId}`;

// Follows the viewed room: the old room's listener is removed before the new one is added, and
// dispose() removes the one of the room kept then.
export class RoomPanel {
  private roomId: string | null = null;
  private readonly onLayout = (): void => {
    console.log('layout of', this.roomId);
  };

  view(roomId: string): void {
    if (this.roomId) layout.off(roomEvent(this.roomId), this.onLayout);
    layout.on(roomEvent(roomId), this.onLayout);
    this.roomId = roomId;
  }

  dispose(): void {
    if (this.roomId) layout.off(roomEvent(this.roomId), this.onLayout);
  }
}

// The real leak next to it: the old room's listener stays at every view().
export class RoomBadge {
  private roomId: string | null = null;
  private readonly onLayout = (): void => {
    console.log('badge of', this.roomId);
  };

  view(roomId: string): void {
    layout.on(roomEvent(roomId), this.onLayout);
    this.roomId = roomId;
  }

  dispose(): void {
    if (this.roomId) layout.off(roomEvent(this.roomId), this.onLayout);
  }
}
