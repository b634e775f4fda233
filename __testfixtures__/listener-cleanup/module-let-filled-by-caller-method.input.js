// `session` is filled with a new call's result right before `bindSession()` runs, by every caller:
// the listeners are on that call's object (reported medium). `bindFeed()` runs on whatever
// `feed` already holds (reported high).
let session;
let feed;

export default {
  open(client, name) {
    session = client.openSession(name);
    this.bindSession();
    return session.join();
  },

  reopen(client, name) {
    session = client.openSession(name);
    this.bindSession();
  },

  bindSession() {
    session.on('message', (text) => console.info(text));
  },

  start(source) {
    feed = source;
    this.resume();
  },

  resume() {
    this.bindFeed();
  },

  bindFeed() {
    feed.on('item', (item) => console.info(item));
  },
};
