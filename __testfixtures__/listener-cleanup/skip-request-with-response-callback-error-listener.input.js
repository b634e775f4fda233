export class Downloader {
  constructor(pickClient) {
    this.pickClient = pickClient;
    this.active = 0;
  }

  // `request(url, options, onResponse).on('error', …)`: the error listener of the request this call made.
  download(url, callback) {
    const request = this.pickClient(url);
    this.active++;
    request(new URL(url), { headers: { 'user-agent': 'x' } }, (res) => {
      this.active--;
      res.resume();
      callback(null, res.statusCode);
    }).on('error', (err) => {
      this.active--;
      callback(err);
    });
  }

  close() {
    this.active = 0;
  }
}
