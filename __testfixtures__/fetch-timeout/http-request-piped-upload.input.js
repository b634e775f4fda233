const http = require('node:http')
const fs = require('node:fs')

// A file piped into the request is its body: a fixed deadline could cut a large upload, so the
// deadline is only a suggestion.
function putBlob(url, filePath, byteLength) {
  const req = http.request(url, {
    method: 'PUT',
    headers: { 'Content-Length': byteLength },
  })
  return new Promise((resolve, reject) => {
    req.on('error', reject)
    req.on('response', (res) => resolve(res.statusCode))
    fs.createReadStream(filePath).pipe(req)
  })
}

// A request that sends a short literal body gets the deadline.
function ping(url) {
  const req = http.request(url, { method: 'POST' })
  return new Promise((resolve, reject) => {
    req.on('error', reject)
    req.on('response', (res) => resolve(res.statusCode))
    req.end('ping')
  })
}

module.exports = { putBlob, ping }
