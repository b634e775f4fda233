const dns = require('node:dns')

function lookup(host) {
  return new Promise((resolve, reject) => {
    dns.lookup(host, (err, address) => {
      if (!err) { resolve(address) } else reject(err)
    })
  })
}

module.exports = { lookup }
