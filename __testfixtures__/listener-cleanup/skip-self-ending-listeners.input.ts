import { EventEmitter } from 'node:events';

export class MaterialCache {
  private readonly programs = new Map<object, number>();

  track(material: EventTarget): void {
    const onDispose = (event: Event) => {
      event.target!.removeEventListener('dispose', onDispose);
      this.programs.delete(material);
    };
    material.addEventListener('dispose', onDispose);
    this.programs.set(material, 1);
  }

  watch(socket: EventTarget): void {
    socket.addEventListener('close', () => this.programs.clear(), { once: true });
  }

  dispose(): void {
    this.programs.clear();
  }
}

export function createRenderer(canvas: HTMLCanvasElement) {
  function onMaterialDispose(this: EventTarget) {
    this.removeEventListener('dispose', onMaterialDispose);
  }
  function onTextureDispose(event: Event) {
    const texture = event.target!;
    texture.removeEventListener('dispose', onTextureDispose);
  }
  return {
    use(material: EventTarget) {
      material.addEventListener('dispose', onMaterialDispose);
    },
    bind(texture: EventTarget) {
      texture.addEventListener('dispose', onTextureDispose);
    },
  };
}

export async function waitForLoad(): Promise<void> {
  await new Promise<void>((resolve) => {
    window.addEventListener('load', () => resolve(), { once: true });
  });
}

export function onFirstResize(callback: () => void): void {
  function handleResize() {
    window.removeEventListener('resize', handleResize);
    callback();
  }
  window.addEventListener('resize', handleResize);
}
