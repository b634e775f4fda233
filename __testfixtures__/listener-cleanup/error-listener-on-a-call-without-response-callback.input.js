export class Downloader {
  constructor(pool) {
    this.pool = pool;
    this.failures = 0;
  }

  // No response callback handed to the call: what it returns may be a shared connection.
  download(url, callback) {
    this.pool.connection(url).on('error', (err) => {
      this.failures++;
      callback(err);
    });
  }

  close() {
    this.failures = 0;
  }
}
