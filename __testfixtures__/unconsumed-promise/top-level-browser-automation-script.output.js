// A Node script that drives a browser: `document` appears only inside page.evaluate(), which
// runs in the page it drives. Its top-level IIFE keeps the suggestion and the exit-code note:
// a handler that only logs would make a failed run exit 0.
const puppeteer = require('puppeteer');

(async () => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto('https://example.com');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await browser.close();
})();
