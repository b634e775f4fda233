// Reported (next to skip-module-object-this-member-removed-by-name): the file also makes objects
// from the literal (`Object.create(sliderHandle)`), so `this.trackPointer` may be another object's
// function than `sliderHandle.trackPointer`: the removal is not proven to match.
export const sliderHandle = {
  grab() {
    self.addEventListener('pointermove', this.trackPointer, { passive: true, capture: true });
    self.addEventListener('pointerup', this.release, { capture: true, once: true });
  },
  trackPointer(event) {
    sliderHandle.offset = event.pageX;
  },
  release() {
    self.removeEventListener('pointermove', sliderHandle.trackPointer, { passive: true, capture: true });
  },
  offset: 0,
};
export const makeSliderHandle = () => Object.create(sliderHandle);
