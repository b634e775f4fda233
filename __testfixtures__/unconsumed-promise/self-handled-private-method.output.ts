declare function render(rows: readonly string[]): void;
declare function report(error: unknown): void;

export class Feed {
  private rows: string[] = [];

  // Not findings: `#apply` and the TypeScript-private `load` catch every error themselves, and
  // `this.#apply()` / `this.load()` name them for sure (no subclass can replace a private method).
  onMessage(text: string) {
    this.#apply(text);
    setTimeout(() => {
      this.load();
    }, 10);
  }

  // Still findings: `#refresh` rethrows, and `publicLoad` is public (a subclass may replace it).
  onTick() {
    void this.#refresh().catch((error) => console.error(error));
    void this.publicLoad().catch((error) => console.error(error));
  }

  async #apply(text: string) {
    try {
      this.rows.push(JSON.parse(text) as string);
      render(this.rows);
    } catch (error) {
      report(error);
    }
  }

  private async load() {
    try {
      const response = await fetch('/rows', { signal: AbortSignal.timeout(5_000) });
      this.rows = (await response.json()) as string[];
    } catch (error) {
      report(error);
    }
  }

  async publicLoad() {
    try {
      await this.load();
    } catch (error) {
      report(error);
    }
  }

  async #refresh() {
    try {
      await this.load();
    } catch (error) {
      throw new Error('refresh failed', { cause: error });
    }
  }
}
