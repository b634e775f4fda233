// An AngularJS controller: made for every view that shows the banner, so each one adds a
// listener to the window that nothing removes. Still reported.
export function BannerController() {
  const state = { wide: false };
  window.addEventListener('resize', () => {
    state.wide = window.innerWidth > 800;
  });
  return state;
}
