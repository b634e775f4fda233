#!/usr/bin/env node
// Post-deploy smoke check: every public endpoint must answer 200. Usage: node smoke-check.cjs
'use strict';
const https = require('node:https');

const endpoints = ['https://status.example.com/', 'https://status.example.com/api/status'];

function check(url) {
  // safe: settles on both the response and 'error'; the missing deadline is reported below.
  return new Promise((resolve, reject) => {
    // leak (fetch-timeout, auto): no signal: a host that accepts the connection and never answers
    // hangs the deploy pipeline until the CI job's own timeout.
    https.get(url, (res) => {
      res.resume();
      if (res.statusCode === 200) resolve(url);
      else reject(new Error(`${url}: HTTP ${res.statusCode}`));
    }).on('error', reject);
  });
}

Promise.all(endpoints.map(check)).then(
  (urls) => console.log(`ok: ${urls.length} endpoints`),
  (error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
