// The element handed to both mount hooks keeps the interval's id between them.
export function backupsList(t, loadCanBackup) {
  return t.div({
    className: 'list',
    onmount: (el) => {
      el._canBackupIntervalId = setInterval(() => loadCanBackup(), 3500);
      // Still a finding: nothing clears this one.
      el._pollId = setInterval(() => loadCanBackup(), 60_000);
    },
    onunmount: (el) => {
      clearInterval(el._canBackupIntervalId);
    },
  });
}
