// The same loops where the rounds or the code around them repeat the listener: a loop whose
// listener reads nothing of its round (the same listener once per item), a function made anew
// each round, an iteration that ignores its item, and the round-reading loop of the negative
// case run again at every route change. High: each adds one more listener on an object that
// lives as long as the page.
const carousels = document.getElementsByClassName('carousel');

(function () {
  for (const carousel of carousels) {
    window.addEventListener('resize', () => fitAll());
  }
  for (const carousel of carousels) {
    const onScroll = () => fitAll();
    window.addEventListener('scroll', onScroll);
  }
  ['dragenter', 'drop'].forEach(() => {
    document.body.addEventListener('drop', (event) => event.preventDefault());
  });
})();

window.addEventListener('hashchange', () => {
  for (const carousel of carousels) {
    window.addEventListener('resize', () => fit(carousel));
  }
});

function fitAll() {
  for (const carousel of carousels) fit(carousel);
}

function fit(carousel) {
  carousel.style.minHeight = carousel.firstElementChild.offsetHeight + 'px';
}
