// A Blaze template's hooks run on the same template instance: `this.onScroll` set in
// onRendered is the handler onDestroyed removes.
Template.dependencyOverlay.onRendered(function () {
  const instance = this;
  this.onScroll = () => instance.recompute();
  this.onResize = () => instance.recompute();
  window.addEventListener('scroll', this.onScroll, { passive: true });
  window.addEventListener('resize', this.onResize);
});

Template.dependencyOverlay.onDestroyed(function () {
  window.removeEventListener('scroll', this.onScroll);
  window.removeEventListener('resize', this.onResize);
});

// The real leak next to it: another template's removal is not this one's.
Template['minicard-badge'].onRendered(function () {
  this.onKey = () => this.refresh();
  document.addEventListener('keydown', this.onKey);
});

Template.dependencyOverlay.onCreated(function () {
  document.removeEventListener('keydown', this.onKey);
});
