/**
 * The floor every ratio is taken against: node:http alone, in its own process
 * on the same core as the app would be. A PUT reads and parses the JSON body
 * and answers it back with an id and a day, as the check-in write does; any
 * other request gets a small fixed JSON answer, the size of GET /api/v1/me's.
 */
import http from 'node:http';

const port = Number(process.env.PORT);
const SMALL = JSON.stringify({
  member: {
    id: '0190f3c4-0000-7000-8000-000000000000',
    email: 'bench@example.test',
    displayName: 'Bench',
    timeZone: 'Europe/Berlin',
  },
  space: { id: '0190f3c4-0000-7000-8000-000000000001', partner: { displayName: 'Partner' } },
});

const server = http.createServer((req, res) => {
  if (req.method !== 'PUT') {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(SMALL);
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    const answer = JSON.stringify({
      checkIn: { id: '0190f3c4-0000-7000-8000-000000000000', day: '2026-03-10', ...body },
    });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(answer);
  });
});
server.keepAliveTimeout = 30_000;
server.listen(port, '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
