// The floor of a Python↔Node round trip: a Node `net` server on a Unix socket that writes
// back every byte it receives. Run as a child process: `node echo-server.mjs <socket path>`;
// prints "ready" once listening, exits when stdin closes or on SIGTERM.
import fs from 'node:fs';
import net from 'node:net';

const socketPath = process.argv[2];
fs.rmSync(socketPath, { force: true });
const server = net.createServer((conn) => {
  conn.on('data', (chunk) => conn.write(chunk));
  conn.on('error', () => conn.destroy());
});
server.listen(socketPath, () => process.stdout.write('ready\n'));
const stop = () => {
  server.close();
  fs.rmSync(socketPath, { force: true });
  process.exit(0);
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
