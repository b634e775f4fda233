type Row = { id: string; title: string };

export class RowList {
  private hoverListeners = new Map<string, (event: MouseEvent) => void>();

  constructor(private openMenu: (event: MouseEvent, row: Row) => void) {}

  render(rows: Row[]): void {
    for (const row of rows) {
      const onHover = (event: MouseEvent) => this.openMenu(event, row);
      document.getElementById(`row-${row.id}`)?.addEventListener('mouseenter', onHover);
      this.hoverListeners.set(row.id, onHover);
    }
  }

  destroy(): void {
    // Still a finding: removed from the row's cell, not from the row it was added to.
    this.hoverListeners.forEach((onHover, rowId) => {
      document.getElementById(`cell-${rowId}`)?.removeEventListener('mouseenter', onHover);
    });
  }
}
