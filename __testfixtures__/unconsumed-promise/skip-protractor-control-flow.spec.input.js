// A Protractor spec on WebDriver's control flow (no `await` anywhere): every WebDriver call is a
// task the flow queues, a failure in a `.then` callback fails the spec, and the spec ends only
// once the flow is idle. The chains are not promises nobody receives.
var init = require('../bs.init');

describe('Sync options', function () {
  var urls;

  beforeEach(function () {
    browser.ignoreSynchronization = true;
    init(protractor, { server: 'test/fixtures' }).then(function (bs) {
      urls = bs.getOption('urls');
    });
  });

  it('lists the options', function () {
    var items = element.all(by.repeater('item in options'));
    items.count().then(function (count) {
      expect(count).toEqual(3);
    });
    browser.getAllWindowHandles().then(function (handles) {
      browser.switchTo().window(handles[0]).then(function () {
        expect(browser.getCurrentUrl()).toContain(urls.local);
      });
    });
  });
});
