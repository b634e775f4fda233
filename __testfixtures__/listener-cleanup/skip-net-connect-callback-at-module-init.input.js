// A one-shot script: Node adds the last callback of net.connect() as a once('connect') listener
// of the new socket, so what it registers while the module starts runs once, like module code,
// and lives as long as the process.
var net = require('net');
var hub = require('./hub');

var socket = net.connect(Number(process.argv[2]), function () {
    socket.on('data', function (data) { console.log(data); });
    socket.on('end', function () {});
    hub.on('quit', function () { process.exit(0); });
    socket.write((process.argv[3] || '') + '\n', 'utf8');
});
socket.setEncoding('utf8');
