type Row = { id: string; title: string };

// Each row's listener goes into a Map under the row's id; destroy() walks the Map's entries and
// removes each listener from the element looked up the same way with the entry's key.
export class RowList {
  private menuListeners = new Map<string, (event: MouseEvent) => void>();
  private hoverListeners = new Map<string, (event: MouseEvent) => void>();

  constructor(private openMenu: (event: MouseEvent, row: Row) => void) {}

  render(rows: Row[]): void {
    for (const row of rows) {
      if (this.menuListeners.has(row.id)) continue;
      const listener = (event: MouseEvent) => this.openMenu(event, row);
      document.getElementById(`row-${row.id}`)?.addEventListener('contextmenu', listener);
      this.menuListeners.set(row.id, listener);
      const onHover = (event: MouseEvent) => this.openMenu(event, row);
      document.getElementById(`row-${row.id}`)?.addEventListener('mouseenter', onHover);
      this.hoverListeners.set(row.id, onHover);
    }
  }

  destroy(): void {
    for (const [rowId, listener] of this.menuListeners.entries()) {
      document.getElementById(`row-${rowId}`)?.removeEventListener('contextmenu', listener);
    }
    this.menuListeners.clear();
    this.hoverListeners.forEach((onHover, rowId) => {
      document.getElementById(`row-${rowId}`)?.removeEventListener('mouseenter', onHover);
    });
    this.hoverListeners.clear();
  }
}
