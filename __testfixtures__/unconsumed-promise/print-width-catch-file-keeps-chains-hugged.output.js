// This file writes its chains hugged: `.then(() => {…}).catch(…)` with no line break before
// the calls, which prettier, Biome and oxfmt never print. The `.catch` the fix appends follows
// the same habit instead of re-indenting the whole chain.
function describeOrder(order) {
  return `#${order.id}`;
}

async function fetchOrder(id) {
  return { id };
}

function showError(error) {
  console.log(error);
}

export function openOrder(id, panel) {
  fetchOrder(id).then((order) => {
    panel.textContent = describeOrder(order);
  }).catch(showError);
}

export function refreshOrder(id, panel) {
  void fetchOrder(id).then((order) => {
    panel.dataset.order = describeOrder(order);
  }).catch((error) => console.error(error));
}
