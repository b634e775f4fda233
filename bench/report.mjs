/** Text output of the benchmark: aligned tables and number formats. */

export function formatTable(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) =>
    cells.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const fixed = (value, digits = 2) => (value === null || value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits));

export const seconds = (ms) => fixed(ms / 1000, 2);

/** `0.91 (0.88–0.97)`: median and range of a list of milliseconds, in seconds. */
export function spread(msList) {
  if (msList.length <= 1) return seconds(msList[0]);
  return `${seconds(Math.min(...msList))}–${seconds(Math.max(...msList))}`;
}
