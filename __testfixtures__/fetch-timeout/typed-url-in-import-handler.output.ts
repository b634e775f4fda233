// A handler named for an import that fetches the URL a person typed: a suggestion, for the typed URL.
export async function handleImportFromLink(linkField: HTMLInputElement): Promise<unknown> {
  const res = await fetch(linkField.value);
  return res.json();
}

// A plain loader of a fixed API path: the deadline is added as usual.
export async function loadSettings(): Promise<unknown> {
  const res = await fetch('/api/settings', { signal: AbortSignal.timeout(10_000) });
  return res.json();
}
