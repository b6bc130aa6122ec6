import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * Serves the built renderer on 127.0.0.1 (Chromium refuses module scripts from file://
 * outside Electron). Only files under `root`; nothing else.
 */
export async function serveDirectory(
  root: string,
): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(join(root, 'break.html'))) {
    throw new Error(`No built renderer in ${root}: run "npm run build" first`);
  }
  const server: Server = createServer((request, response) => {
    const path = normalize(
      join(root, decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')),
    );
    if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
