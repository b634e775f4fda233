// renderHeader() runs once, when the module loads, and binds the header's buttons once.
const skinHeader = document.querySelector('.skinHeader');
let headerBackButton;
let headerUserButton;

function onBackClick() {
    history.back();
}

function onUserClick() {
    location.hash = '#/preferences';
}

function bindMenuEvents() {
    if (headerBackButton) {
        headerBackButton.addEventListener('click', onBackClick);
    }
    headerUserButton.addEventListener('click', onUserClick);
}

function renderHeader() {
    skinHeader.innerHTML = '<button class="back"></button><button class="user"></button>';
    headerBackButton = skinHeader.querySelector('.back');
    headerUserButton = skinHeader.querySelector('.user');
    bindMenuEvents();
}

renderHeader();

// The real leak next to it: called again on every route change, adding one more listener each time.
function bindScroll() {
    window.addEventListener('scroll', onBackClick);
}

bindScroll();
window.addEventListener('hashchange', bindScroll);

export default {};
