const http = require('http');

http.get('http://localhost:3000/health', { signal: AbortSignal.timeout(10_000) }).on('response', (res) => res.resume());
