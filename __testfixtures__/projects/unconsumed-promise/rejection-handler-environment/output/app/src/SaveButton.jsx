async function saveDraft(draft) {
  await fetch('/api/drafts', { method: 'POST', body: JSON.stringify(draft), signal: AbortSignal.timeout(10_000) });
}

export function SaveButton({ draft }) {
  return <button onClick={() => { void saveDraft(draft).catch((error) => console.error(error)); }}>Save</button>;
}
