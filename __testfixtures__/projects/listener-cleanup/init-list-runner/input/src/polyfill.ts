function rememberSubmitter(event: Event) {
  const form = (event.target as HTMLElement).closest('form');
  if (form) form.dataset.submitter = (event.target as HTMLElement).id;
}

// Added once however often it runs (the same module-level function on document.body): runSetups runs it once.
export function setupSubmitPolyfill() {
  document.body.addEventListener('click', rememberSubmitter);
}
