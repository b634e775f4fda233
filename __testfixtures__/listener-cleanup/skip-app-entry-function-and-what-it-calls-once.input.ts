// An app's entry file: `initApp()` runs once, when the module loads, and so does
// `setupDesktopUI()`, which only initApp calls. Their page-wide listeners live as long as the
// page by intent (process lifetime policy).
function setupDesktopUI() {
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Backspace') e.preventDefault();
    },
    true,
  );
}

async function initApp() {
  await Promise.resolve();
  if ('desktop' in window) setupDesktopUI();
  document.addEventListener('dragover', (e) => {
    e.preventDefault();
  });
}

initApp().catch(console.error);
