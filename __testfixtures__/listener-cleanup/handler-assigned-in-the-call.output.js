// The handler is stored on the object in the very call that adds it, and removed through it.
export class Scroller {
  bind() {
    const self = this;
    window.addEventListener('touchmove', this.handleTouchMoveProxy = function (ev) {
      self.handleTouchMove(ev);
    }, { passive: false });
    window.addEventListener('scroll', this.handleScrollProxy = function (ev) {
      self.handleScroll(ev);
    }, { passive: true, capture: true });
  }

  unbind() {
    window.removeEventListener('touchmove', this.handleTouchMoveProxy, { passive: false });
    window.removeEventListener('scroll', this.handleScrollProxy, { passive: true, capture: true });
  }

  destroy() {
    this.unbind();
  }

  // The real leak next to it: stored under one name, removed through another.
  watchWheel() {
    const self = this;
    window.addEventListener('wheel', this.handleWheelProxy = function (ev) {
      self.handleWheel(ev);
    });
  }

  unwatchWheel() {
    window.removeEventListener('wheel', this.handleWheel);
  }

  handleTouchMove(ev) {}
  handleScroll(ev) {}
  handleWheel(ev) {}
}
