// A Protractor spec that awaits runs without WebDriver's control flow (`SELENIUM_PROMISE_MANAGER:
// false`): a `.then` chain nobody awaits is dropped, and a failure in it is lost.
describe('Sync options', function () {
  beforeEach(async function () {
    await browser.get('/');
  });

  it('lists the options', function () {
    var items = element.all(by.repeater('item in options'));
    items.count().then(function (count) {
      expect(count).toEqual(3);
    });
  });
});
