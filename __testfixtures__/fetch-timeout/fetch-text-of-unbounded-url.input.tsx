import workerUrl from 'libass-wasm/dist/js/subtitles-octopus-worker.js?url';

declare function showPrompt(options: { title: string; onComplete: (uri: string) => Promise<void> }): void;
declare function onImport(contents: string): void;

// insomnia's "Import URL": a document from whatever URL a person gives, read whole.
export function importFromUrl() {
  showPrompt({
    title: 'Import document from URL',
    onComplete: async (uri: string) => {
      const response = await window.fetch(uri);
      const contents = await response.text();
      onImport(contents);
    },
  });
}

// alist's subtitle plugin: a bundled worker script, read whole to rewrite it.
export async function loadWorker() {
  const text = await fetch(workerUrl).then((res) => res.text());
  return URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
}

export async function loadModuleSource() {
  const res = await fetch(new URL('./highlighter.worker.js', import.meta.url));
  return res.text();
}

export async function loadTyped(input: HTMLInputElement) {
  const url = input.value;
  return (await fetch(url)).text();
}

// An API's answer read as JSON, and text from a fixed path: the deadline is what they need.
export async function getJson(url: string) {
  const res = await fetch(url);
  return res.json();
}

export async function loadChangelog() {
  const res = await fetch('/CHANGELOG.md');
  return res.text();
}
