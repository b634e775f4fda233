// Not a Protractor spec: `protractor` here is a key of a Gruntfile's config and a property of a
// config object, in a file that is no test. Protractor's control flow runs nothing of this file:
// the unknown `x().then(…)` chains are dropped promises as anywhere else.
const config = require('./config');

module.exports = function (grunt) {
  grunt.initConfig({
    protractor: { options: { configFile: 'e2e.conf.js' } },
  });
  grunt.registerTask('fetch', function () {
    const done = this.async();
    loadRemote().then(function (data) { grunt.file.write('out.json', data); done(); });
  });
};

function handle(req, res) {
  saveSession(req).then(function () { res.end('ok'); });
  console.log(config.protractor);
}

function loadRemote() {
  return fetchJson('https://example.com/data.json');
}

module.exports.handle = handle;
