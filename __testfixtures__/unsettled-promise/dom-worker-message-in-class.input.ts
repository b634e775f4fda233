export class Thumbnailer {
  private readonly worker = new Worker('/thumbnailer.js');

  async thumbnail(file: Blob, signal?: AbortSignal): Promise<unknown> {
    this.worker.postMessage(file);
    return new Promise((resolve) => this.worker.addEventListener('message', (event) => resolve(event), { once: true }));
  }

  dispose(): void {
    this.worker.terminate();
  }
}
