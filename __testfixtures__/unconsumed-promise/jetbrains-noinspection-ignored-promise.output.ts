// The author turned a JetBrains IDE's "result of a call returning a promise is ignored"
// inspection off for these statements: the promise is dropped on purpose.
async function openManager(room: string, screen?: string): Promise<void> {
  await fetch(`/integrations/${room}/${screen ?? ''}`);
}

export function onManageIntegrations(room: string): void {
  // noinspection JSIgnoredPromiseFromCall
  openManager(room);
  //noinspection JSIgnoredPromiseFromCall
  openManager(room, 'stickers');
}

// The real ones next to them: nothing says these drops are meant (the comment inside the callback
// speaks of the inner call only, and a comment after the call says nothing to the IDE).
export function onEditWidget(room: string): void {
  void openManager(room, 'widget').then(() => {
    // noinspection JSIgnoredPromiseFromCall
    openManager(room, 'done');
  }).catch((error) => console.error(error));
  void openManager(room, 'edit').catch((error) => console.error(error)); // noinspection JSIgnoredPromiseFromCall
}
