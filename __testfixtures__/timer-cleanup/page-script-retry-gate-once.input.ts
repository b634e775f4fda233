// A page script that retries until the page is ready: only the run past the gate starts the poll.
let attempts = 0;

function refresh(): void {
  console.log('refresh', attempts);
}

const start = () => {
  if (!document.body) {
    attempts += 1;
    setTimeout(start, 100);
    return;
  }
  setInterval(refresh, 5000);
};

start();

// No gate: every click starts another poll.
const watch = () => {
  setInterval(refresh, 1000);
};
document.addEventListener('click', watch);
