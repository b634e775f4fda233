// A constructor published under a namespace (`Signaling.Internal = Internal`) and given its
// methods through that name: `Signaling.Internal.prototype.disconnect` is `Internal.prototype`'s,
// so the interval the constructor keeps and disconnect() clears is released.
var Signaling = {};

function Internal(settings) {
	this.settings = settings;
	this.sendInterval = window.setInterval(function () {
		this.flush();
	}.bind(this), 500);
}
Internal.prototype.flush = function () {};
Signaling.Internal = Internal;

Signaling.Internal.prototype.disconnect = function () {
	if (this.sendInterval) {
		window.clearInterval(this.sendInterval);
		this.sendInterval = null;
	}
};

// Another constructor's prototype clears a field of the same name: not this one's release.
function Standalone(settings) {
	this.settings = settings;
	this.sendInterval = window.setInterval(function () {
		this.flush();
	}.bind(this), 500);
}
Standalone.prototype.flush = function () {};
function Relay() {}
Relay.prototype.flush = function () {};
Signaling.Relay = Relay;
Signaling.Relay.prototype.disconnect = function () {
	window.clearInterval(this.sendInterval);
};

// A namespace member assigned twice names no one constructor.
function Polling() {
	this.pollInterval = window.setInterval(function () {
		this.poll();
	}.bind(this), 1000);
}
Polling.prototype.poll = function () {};
Signaling.Transport = Polling;
Signaling.Transport = Relay;
Signaling.Transport.prototype.stop = function () {
	window.clearInterval(this.pollInterval);
};

export default Signaling;
