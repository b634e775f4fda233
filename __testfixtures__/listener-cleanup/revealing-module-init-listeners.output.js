// A browser script's revealing module: `init()` is returned on the namespace and the page's
// startup calls it once, so its document listener is reported at medium (a setup function);
// `show()` runs whenever the page asks, so its window listener stays high. Neither is rewritten:
// there is no owner to release them in.
var Shop = window.Shop || {};

Shop.cart = (function () {
    var items = [];

    function onKeyDown(event) {
        if (event.key === 'Escape') {
            items = [];
        }
    }

    function init() {
        document.addEventListener('keydown', onKeyDown);
    }

    function show() {
        window.addEventListener('resize', function () {
            console.log(items.length);
        });
    }

    return {
        init: init,
        show: show,
    };
})();
