// WXT extension entry points: each `main` runs once per page (content and unlisted scripts) or
// once per background, so what it registers lives as long as the page.
export default defineContentScript({
  matches: ['<all_urls>'],
  async main(ctx: unknown) {
    window.addEventListener('message', (event) => {
      console.log(event.data);
    });
  },
});

export const injected = defineUnlistedScript(() => {
  window.addEventListener('message', (event) => {
    console.log('injected', event.data);
  });
});

export const background = defineBackground({
  main: () => {
    browser.runtime.onMessage.addListener((message: unknown) => {
      console.log(message);
    });
  },
});
