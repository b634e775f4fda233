// @flow
import { readRows, sendRows } from './store';

export class Relay {
  rows: Array<string> = [];

  // Flow's `: Promise<*>` says what TypeScript's `: Promise<T>` says: the call returns a promise.
  forward(batch: any): Promise<*> {
    return readRows(batch.id).then((rows) => sendRows(batch.target, rows));
  }

  onMessage(text: string) {
    const batch = JSON.parse(text);
    this.forward(batch);
  }
}
