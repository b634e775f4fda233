// A constructor function with no release method: still a leak, but a stop function it returned
// would replace the instance `new` makes, so nothing is rewritten.
module.exports = function (runtime) {
    function Sampler(config) {
        this.rate = config.rate;
        this.sampling = setInterval(function () {
            runtime.log('sample');
        }, this.rate);
    }
    Sampler.prototype.describe = function () {
        return 'every ' + this.rate;
    };

    // Another prototype clears a field of the same name: not this one's release.
    function Probe() {}
    Probe.prototype.close = function () {
        clearInterval(this.sampling);
    };

    runtime.register('sampler', Sampler);
    runtime.register('probe', Probe);
};
