async function saveDraftToServer(id: string, revision: number): Promise<void> {
  await fetch(`/drafts/${id}/${revision}`, { method: 'PUT' });
}
async function syncAll(options: { force: boolean }): Promise<void> {
  await fetch(options.force ? '/sync?force' : '/sync', { method: 'POST' });
}

// The file keeps its long calls on one line (this one, before the fix): the fixed call stays on one line too.
export function onChangeVeryLongNames(theDocumentIdentifierOfTheDraft: string, theRevisionNumber: number): void {
  void saveDraftToServer(theDocumentIdentifierOfTheDraft, theRevisionNumber + theRevisionNumber * 2).catch((error) => console.error(error));
}
