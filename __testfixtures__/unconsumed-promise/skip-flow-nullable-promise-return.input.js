// @flow
import { readRows } from './store';

export class Relay {
  // `?Promise<T>` may be null: the file does not show a promise for sure (a checker decides).
  maybeLoad(id: ?string): ?Promise<Array<string>> {
    return id ? readRows(id) : null;
  }

  // A plain return type: no promise.
  count(rows: Array<string>): number {
    return rows.length;
  }

  onSelect(id: ?string, rows: Array<string>) {
    this.maybeLoad(id);
    this.count(rows);
  }
}
