let cursor = 0;

// The cursor moves between scheduling and firing: the argument's value at scheduling time matters.
export function syncFrom(from: number): void {
  cursor = from + 10;
  setTimeout(syncFrom, 1_000, cursor);
  cursor += 1;
}

export function syncPage(page: number): void {
  page++;
  setTimeout(syncPage, 1_000, page);
}
