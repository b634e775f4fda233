// The handler ends the process only on some paths: each call of start() still adds one more
// listener that stays on `process` (a suggestion, as for any listener).
export function start(onDisconnect: () => boolean) {
  const handleDisconnect = () => {
    if (onDisconnect()) process.exit(1);
  };
  process.on('disconnect', handleDisconnect);
  return () => {
    process.off('disconnect', handleDisconnect);
  };
}
