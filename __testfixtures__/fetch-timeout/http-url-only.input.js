const http = require('http');

http.get('http://localhost:3000/health').on('response', (res) => res.resume());
