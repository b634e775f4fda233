// jQuery keeps events on the element: `.off(…)` on a new wrapper of the same window removes
// what `.on(…)` on another wrapper added.
export class LayoutEditor {
  constructor($) {
    this.$ = $;
    this.boundMouseMove = this.handleMouseMove.bind(this);
    this.boundMouseUp = this.handleMouseUp.bind(this);
  }

  handleMouseDown() {
    this.$(window).on('mousemove', this.boundMouseMove);
    this.$(window).on('mouseup', this.boundMouseUp);
  }

  handleMouseUp() {
    this.$(window).off('mousemove', this.boundMouseMove);
    this.$(window).off('mouseup', this.boundMouseUp);
  }

  handleMouseMove() {}

  dispose() {
    this.handleMouseUp();
  }

  // The real leak next to it: the removal wraps another object.
  watchScroll() {
    this.$(window).on('scroll', this.boundMouseMove);
  }

  unwatchScroll() {
    this.$(document).off('scroll', this.boundMouseMove);
  }
}
