// Pre-class custom elements: the methods of one prototype share `this`, so a handle set in
// attachedCallback and cleared in detachedCallback is released.
const ProgressBarPrototype = Object.create(HTMLDivElement.prototype);

function onProgress() {
    this.querySelector('.bar').style.width = this.getAttribute('data-pct') + '%';
}

ProgressBarPrototype.attachedCallback = function () {
    this.timeInterval = setInterval(onProgress.bind(this), 60000);
};

ProgressBarPrototype.detachedCallback = function () {
    if (this.timeInterval) {
        clearInterval(this.timeInterval);
        this.timeInterval = null;
    }
};

// Another prototype's method clears a field of the same name: not this one's release.
const ClockPrototype = Object.create(HTMLDivElement.prototype);

ClockPrototype.attachedCallback = function () {
    this.timeInterval = setInterval(onProgress.bind(this), 1000);
};

document.registerElement('emby-progressbar', { prototype: ProgressBarPrototype, extends: 'div' });
document.registerElement('emby-clock', { prototype: ClockPrototype, extends: 'div' });
