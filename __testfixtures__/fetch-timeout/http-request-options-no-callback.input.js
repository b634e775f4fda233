const http = require('http')

// An options object after the URL is no response callback: nothing reads the answer and the
// request object is dropped, so an abort by the deadline would be an uncaught 'error': a suggestion.
function ping(url) {
  const options = { headers: { 'x-ping': '1' } }
  http.get(url, options)
}

// A name bound to a function is the response callback: the deadline is automatic.
function check(url) {
  http.get(url, onResponse)
}
function onResponse(res) {
  res.resume()
}

module.exports = { ping, check }
