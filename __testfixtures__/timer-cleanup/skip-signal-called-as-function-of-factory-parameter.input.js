// A UMD add-on's factory gets the editor library as a parameter; `Lib.signal(view, 'shown')` fires
// an event on an object: `signal` is a function of the library, not an AbortSignal the factory
// was handed, so there is no operation to cancel the timeout with (before: an auto fix calling
// `Lib?.signal?.addEventListener('abort', …)`, a TypeError at every mousedown).
(function (mod) {
  mod(window.PanelLib);
})(function (PanelLib) {
  function Tooltip(view, entries) {
    var box = document.createElement('ul');
    PanelLib.on(box, 'mousedown', function () {
      setTimeout(function () { view.focus(); }, 20);
    });
    PanelLib.signal(view, 'tooltip-shown', entries);
  }
  PanelLib.defineExtension('showTooltip', function (entries) { return new Tooltip(this, entries); });
});
