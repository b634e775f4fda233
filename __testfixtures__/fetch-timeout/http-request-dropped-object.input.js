const http = require('node:http')

// Nothing reads the answer and the request object is dropped: nothing listens for its 'error',
// so an abort by the deadline would be an uncaught 'error' event: a suggestion.
function openConnections(url) {
  http.get(url)
  http.get(url)
}

// A response callback waits for the answer: the deadline is automatic.
function fetchStatus(url, done) {
  http.get(url, (res) => {
    res.resume()
    done(res.statusCode)
  })
}

module.exports = { openConnections, fetchStatus }
