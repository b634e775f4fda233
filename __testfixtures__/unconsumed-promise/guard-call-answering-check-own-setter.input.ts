import { readdir } from 'node:fs/promises';

interface TabState {
  path: string;
  error: Error | null;
}

// A check that records its answer through a setter method of its own class, and reads the answer
// of the check it calls as a value: it stops nothing, so dropped it is an ordinary dropped promise.
export class CloneDialog {
  private state: TabState = { path: '', error: null };

  private setTabState(state: Partial<TabState>): void {
    this.state = { ...this.state, ...state };
  }

  private async validateEmptyFolder(path: string): Promise<Error | null> {
    const files = await readdir(path).catch(() => []);
    return files.length === 0 ? null : new Error('not empty');
  }

  private validatePath = async () => {
    const { path } = this.state;
    const error = await this.validateEmptyFolder(path);
    if (this.state.path === path) this.setTabState({ error });
  };

  public show(): void {
    this.validatePath();
    this.render();
  }

  private render(): void {}
}

// Negative: a check that awaits another check as a statement stops the code after it when that one rejects.
export class SaveDialog {
  private saved = false;

  private setSaved(saved: boolean): void {
    this.saved = saved;
  }

  private async assertWritable(path: string): Promise<void> {
    if (path.startsWith('/proc')) throw new Error('read-only');
  }

  private validateTarget = async (path: string) => {
    await this.assertWritable(path);
    this.setSaved(false);
  };

  public save(path: string): void {
    this.validateTarget(path);
    this.setSaved(true);
  }
}
