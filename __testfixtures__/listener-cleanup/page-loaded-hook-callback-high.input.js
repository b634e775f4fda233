import { onPageLoaded } from './router';
import { onDragStarted } from './drag';

function onScroll() {
  document.body.classList.toggle('scrolled', window.scrollY > 0);
}

// High: a router's page-load hook calls back on every navigation, adding one more listener each time.
onPageLoaded(() => {
  window.addEventListener('scroll', () => onScroll());
});

// High: a hook named for an event that starts again and again (every drag).
onDragStarted(() => {
  document.addEventListener('pointermove', () => onScroll());
});
