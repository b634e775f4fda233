import { Component } from 'react';
import type { EventEmitter } from 'node:events';

interface DragState {
  startX: number;
  listeners: { move?: (event: PointerEvent) => void; up?: (event: PointerEvent) => void };
}

// A drag: the pointerdown handler adds window listeners, keeps them in the drag state, and
// the pointerup handler removes them from there.
export class Slider extends Component<{ onChange: (dx: number) => void }> {
  private startDrag = (event: React.PointerEvent) => {
    const state: DragState = { startX: event.clientX, listeners: {} };
    const move = (e: PointerEvent) => this.props.onChange(e.clientX - state.startX);
    const up = () => this.endDrag(state);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    state.listeners.move = move;
    state.listeners.up = up;
  };

  private endDrag(state: DragState) {
    window.removeEventListener('pointermove', state.listeners.move!);
    window.removeEventListener('pointerup', state.listeners.up!);
  }

  render() {
    return <div onPointerDown={this.startDrag} />;
  }
}

// A bus that registers wrapped callbacks per owner and removes them all by owner.
export class OwnedBus {
  private entries = new Map<object, { event: string; callback: (...args: unknown[]) => void }[]>();

  constructor(private readonly emitter: EventEmitter) {}

  on(owner: object, event: string, callback: (...args: unknown[]) => void): void {
    const wrapped = (...args: unknown[]) => {
      try {
        callback(...args);
      } catch (error) {
        console.error(error);
      }
    };
    this.entries.set(owner, [...(this.entries.get(owner) ?? []), { event, callback: wrapped }]);
    this.emitter.on(event, wrapped);
  }

  off(owner: object): void {
    for (const entry of this.entries.get(owner) ?? []) this.emitter.removeListener(entry.event, entry.callback);
    this.entries.delete(owner);
  }

  dispose(): void {
    this.entries.clear();
  }
}
