// A constructor function with no release method: the observer is still reported, but no
// stop function is returned from it (that would replace the instance `new` makes).
module.exports = function (host) {
    function SizeGauge(element) {
        this.element = element;
        this.observer = new ResizeObserver(function () {
            host.report('resized');
        });
        this.observer.observe(element);
    }
    SizeGauge.prototype.describe = function () {
        return this.element.id;
    };
    return new SizeGauge(host.root);
};
