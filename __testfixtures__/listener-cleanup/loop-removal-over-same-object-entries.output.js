// A page module wires its live-update handlers to the app's global `connection` from one
// table, in a loop, and unwires them in another loop over the same table: `Object.entries`
// lists the same [event, handler] pairs each time, so the second loop removes what the first
// added.
const liveHandlers = {
  'item:created': onItemCreated,
  'item:removed': onItemRemoved,
};

const statusHandlers = {
  'status:changed': onStatusChanged,
};

export function attach() {
  detach();
  for (const [event, handler] of Object.entries(liveHandlers)) {
    connection.on(event, handler);
  }
}

export function detach() {
  for (const [event, handler] of Object.entries(liveHandlers)) {
    connection.off(event, handler);
  }
}

// Removed through a loop over another table: these stay.
export function watchStatus() {
  for (const [event, handler] of Object.entries(statusHandlers)) {
    connection.on(event, handler);
  }
}

export function unwatchStatus() {
  for (const [event, handler] of Object.entries(liveHandlers)) {
    connection.off(event, handler);
  }
}

// Keys of the table, and the same table's values as the handlers: removal by another method
// (`keys` against `entries`) lists different items and does not count.
export function watchByKey() {
  for (const event of Object.keys(statusHandlers)) {
    connection.on(event, statusHandlers[event]);
  }
}

export function unwatchByKey() {
  for (const event of Object.values(statusHandlers)) {
    connection.off(event, statusHandlers[event]);
  }
}

function onItemCreated(item) {
  console.log('created', item);
}

function onItemRemoved(item) {
  console.log('removed', item);
}

function onStatusChanged(status) {
  console.log('status', status);
}
