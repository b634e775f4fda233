// The bar's buttons are looked up in the bar element the function is handed: each call binds
// the buttons of that element, and the listeners go with it.
let muteButton;
let volumeSlider;

function onMute() {
  document.body.classList.toggle('muted');
}

function onVolume(event) {
  document.body.dataset.volume = event.target.value;
}

export function bindEvents(elem) {
  muteButton = elem.querySelector('.muteButton');
  volumeSlider = elem.querySelector('.volumeSlider');
  muteButton.addEventListener('click', onMute);
  volumeSlider.addEventListener('input', onVolume);
  // The real leak next to it: the document outlives every bar, and each call adds one more.
  document.addEventListener('keydown', onMute);
}
