async function saveDraftToServer(id: string, revision: number): Promise<void> {
  await fetch(`/drafts/${id}/${revision}`, { method: 'PUT' });
}
async function syncAll(options: { force: boolean }): Promise<void> {
  await fetch(options.force ? '/sync?force' : '/sync', { method: 'POST' });
}

// `void ` and `.catch((error) =>` push the call past 80 columns; `void save(…).catch(` fits: the handler goes on its own line.
export function onChange(draftDocumentIdentifier: string, revisionNumber: number): void {
  saveDraftToServer(draftDocumentIdentifier, revisionNumber);
}

// Even `void save(…).catch(` does not fit: the call's own arguments break.
export function onRename(draftDocumentIdentifierBeforeRename: string, revisionNumber: number): void {
  saveDraftToServer(draftDocumentIdentifierBeforeRename, revisionNumber + 1);
}

// An object argument: `void syncAll({ … }).catch((error) =>` fits, so the handler's body breaks, as prettier does.
export function onReconnect(shouldForceTheFullSynchronisationNow: boolean): void {
  syncAll({ force: shouldForceTheFullSynchronisationNow });
}

// A request's handler is a block (it ignores an AbortError): `void fetch(…).catch(` fits, `.catch((error) => {` does not.
export function onPublish(draftDocumentId: string): void {
  fetch(`/drafts/${draftDocumentId}/publish`, { method: 'POST' });
}

// Fits with the handler: left as it is.
export function onSave(id: string): void {
  saveDraftToServer(id, 1);
}
