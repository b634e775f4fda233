// The page's load handler assigned to window.onload runs once per page: the clock it starts is
// the page's own, set up once.
window.onload = () => {
  window.setInterval(() => {
    document.querySelector('.clock').textContent = new Date().toLocaleTimeString();
  }, 1000);
};

// The real leak next to it: every click starts one more interval that nothing clears.
document.querySelector('#start').onclick = () => {
  setInterval(() => {
    document.querySelector('.ticks').textContent += '.';
  }, 1000);
};
