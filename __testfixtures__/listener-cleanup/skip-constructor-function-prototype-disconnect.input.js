// A pre-class constructor function keeps the observer on `this`; the prototype's close()
// method gets the same instance and disconnects it.
module.exports = function (host) {
    function SizeGauge(element) {
        this.element = element;
        this.observer = new ResizeObserver(function () {
            host.report('resized');
        });
        this.observer.observe(element);
    }
    SizeGauge.prototype.close = function () {
        this.observer.disconnect();
    };
    host.define('size-gauge', SizeGauge);
};
