const dns = require('node:dns')

function lookup(host) {
  return new Promise((resolve) => {
    dns.lookup(host, (err, address) => {
      if (!err) resolve(address)
    })
  })
}

module.exports = { lookup }
