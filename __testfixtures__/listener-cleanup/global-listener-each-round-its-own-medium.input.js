// Listeners added in a loop over a collection, each round's listener reading its own item: one
// listener per carousel, per event name. The loops run once, in a module-level IIFE and in a
// start-up function called once, so nothing here adds them again. Medium.
(function () {
  const carousels = document.getElementsByClassName('carousel');
  for (let index = 0; index < carousels.length; index++) {
    const items = carousels[index].children;
    window.addEventListener('resize', function () {
      fitHeight(items);
    });
  }
})();

function fitHeight(items) {
  items[0].parentNode.style.minHeight = items[0].offsetHeight + 'px';
}

function setupDrop() {
  ['dragenter', 'dragover', 'drop'].forEach((eventName) => {
    document.body.addEventListener(eventName, (event) => event.preventDefault());
  });
}

setupDrop();
