function showPageError(event) {
  const banner = document.createElement('div');
  banner.textContent = `JavaScript promise rejection: ${event.reason}`;
  document.body.prepend(banner);
}

for (const event of window._pageErrors || []) showPageError(event);
window._pageErrors = { push: showPageError };
