async function saveDraftToServer(id: string, revision: number): Promise<void> {
  await fetch(`/drafts/${id}/${revision}`, { method: 'PUT' });
}
async function syncAll(options: { force: boolean }): Promise<void> {
  await fetch(options.force ? '/sync?force' : '/sync', { method: 'POST' });
}

// `void ` and `.catch((error) => {` push the call past 80 columns; `void save(…).catch(` fits: the handler breaks.
export function onChange(draftDocumentIdentifier: string, revisionNumber: number): void {
  saveDraftToServer(draftDocumentIdentifier, revisionNumber);
}

// Even `void save(…).catch(` does not fit: the call's own arguments break.
export function onRename(draftDocumentIdentifierBeforeRename: string, revisionNumber: number): void {
  saveDraftToServer(draftDocumentIdentifierBeforeRename, revisionNumber + 1);
}

// An object argument: `void syncAll({ … }).catch(` fits, so the handler breaks, as prettier does.
export function onReconnect(shouldForceTheFullSynchronisationNow: boolean): void {
  syncAll({ force: shouldForceTheFullSynchronisationNow });
}

// Fits with the handler: left as it is.
export function onSave(id: string): void {
  saveDraftToServer(id, 1);
}
