// The page's DOMContentLoaded awaited only while the page is still loading, tested inside the
// executor: the event always comes, and the other branch resolves at once. No finding.
export function whenDomReady() {
  return new Promise((resolve) => {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    } else {
      resolve();
    }
  });
}

// Still a finding: with no test of the page's state, called after the page has loaded, this
// waits for a DOMContentLoaded that has passed.
export function whenParsed() {
  return new Promise((resolve) => {
    const started = Date.now();
    document.addEventListener('DOMContentLoaded', () => resolve(Date.now() - started), { once: true });
  });
}

// Still findings: the test is there, but nothing settles the promise when the page has loaded
// already (no else, or an else that does not resolve).
export function whenDomReadyNoElse() {
  return new Promise((resolve) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
}

export function whenDomReadyElseLogs() {
  return new Promise((resolve) => {
    if (document.readyState !== 'loading') console.log('already loaded');
    else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
}
