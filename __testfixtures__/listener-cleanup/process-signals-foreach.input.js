// A handler for the end of the process is process lifetime, also when the event names are
// the items of a literal list it is installed for with forEach.
const db = openDatabase();

[`exit`, `SIGINT`, `SIGUSR1`, `SIGUSR2`, `SIGTERM`].forEach((eventType) => {
  process.on(eventType, () => {
    // fold the write-ahead log into the database file
    db.close();
  });
});

function watchReloads(reload) {
  // The real leak next to it: 'message' is no end of the process, and this runs at every change.
  ['SIGHUP', 'message'].forEach(function (event) {
    process.on(event, () => reload());
  });
}

module.exports = { db, onChange: (reload) => watchReloads(reload) };

function openDatabase() {
  return { close() {} };
}
