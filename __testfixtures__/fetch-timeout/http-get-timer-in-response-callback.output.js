const http = require('http');

// The timer starts only once the response came: no deadline for a server that never answers.
function fetchBody(url, done) {
  const request = http.get(url, { signal: AbortSignal.timeout(10_000) }, (response) => {
    const timer = setTimeout(() => request.destroy(), 5000);
    response.on('end', () => clearTimeout(timer));
    response.resume();
    done(null, response);
  });
  request.on('error', done);
}

module.exports = { fetchBody };
