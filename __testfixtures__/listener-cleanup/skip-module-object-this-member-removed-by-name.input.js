// No finding: `this.followPointer` in a method of the module's one object (`const dragHandle`, used
// only through its members) is `dragHandle.followPointer`, which the pointerup listener removes
// (before: reported, the removal written through the object's name taken for another function).
export const dragHandle = {
  startX: 0,
  grab(event) {
    this.startX = event.pageX;
    self.addEventListener('pointermove', this.followPointer, { passive: true, capture: true });
    self.addEventListener('pointerup', this.release, { capture: true, once: true });
  },
  followPointer(event) {
    dragHandle.offset = event.pageX - dragHandle.startX;
  },
  release() {
    self.removeEventListener('pointermove', dragHandle.followPointer, { passive: true, capture: true });
  },
  offset: 0,
};
