// An animation that runs ends by itself: 'animationend' never comes only when it does not run or
// is cancelled, which the styles decide (report-only, medium).
export function animateOnce(el, className) {
  return new Promise((resolve) => {
    el.addEventListener('animationend', () => {
      el.classList.remove(className);
      resolve();
    }, { once: true });
    el.classList.add(className);
  });
}

// So does an Animation's 'finish', for an animation the code starts.
function zoomIn(elem) {
  return elem.animate([{ transform: 'scale(0)' }, { transform: 'scale(1)' }], { duration: 240 });
}

export function showZoomed(elem) {
  return new Promise((resolve) => {
    zoomIn(elem).onfinish = () => resolve(elem);
  });
}

// The real leak next to it: a video that fails to load fires 'error', never 'canplay' (high).
export function ready(video) {
  return new Promise((resolve) => {
    video.addEventListener('canplay', function onReady() {
      video.removeEventListener('canplay', onReady);
      resolve(video);
    }, { once: true });
  });
}
