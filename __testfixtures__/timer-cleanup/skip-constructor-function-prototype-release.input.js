// Pre-class constructor functions: `this` in the constructor is the instance that the
// prototype's methods get, so a handle kept there and cleared in `Name.prototype.close` is released.
module.exports = function (runtime) {
    function Heartbeat(config) {
        this.period = config.period;
        this.beat = setInterval(function () {
            runtime.log('beat');
        }, this.period);
    }
    Heartbeat.prototype.close = function () {
        clearInterval(this.beat);
    };

    // A method the constructor puts on the instance, through an alias of `this`.
    function Scheduler(config) {
        var node = this;
        node.every = config.every;
        node.arm = function () {
            this.repeat = setInterval(function () {
                node.fire();
            }, this.every);
        };
        node.fire = function () {};
        node.arm();
    }
    Scheduler.prototype.close = function () {
        if (this.repeat != null) {
            clearInterval(this.repeat);
        }
    };

    runtime.register('heartbeat', Heartbeat);
    runtime.register('scheduler', Scheduler);
};
