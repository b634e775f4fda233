// Custom Elements v0 (document.registerElement): attachedCallback and detachedCallback are
// methods of one prototype, called on the same element. A project's own `on(this, …)` helper
// undone by its `off(this, …)` twin is not a leak.
import inputManager from './inputManager';
import itemShortcuts from './itemShortcuts';

const ScrollerPrototype = Object.create(HTMLDivElement.prototype);

function onInputCommand(e) {
    e.preventDefault();
}

function getShortcutOptions() {
    return { click: true };
}

ScrollerPrototype.attachedCallback = function () {
    if (this.getAttribute('data-navcommands')) {
        inputManager.on(this, onInputCommand);
    }
    itemShortcuts.on(this, getShortcutOptions());
};

ScrollerPrototype.detachedCallback = function () {
    if (this.getAttribute('data-navcommands')) {
        inputManager.off(this, onInputCommand);
    }
    itemShortcuts.off(this, getShortcutOptions());
};

document.registerElement('emby-scroller', { prototype: ScrollerPrototype, extends: 'div' });

// The real leak next to it: nothing removes this one when the element leaves the page.
const BadgePrototype = Object.create(HTMLDivElement.prototype);

BadgePrototype.attachedCallback = function () {
    inputManager.on(this, onInputCommand);
};

document.registerElement('emby-badge', { prototype: BadgePrototype, extends: 'div' });
