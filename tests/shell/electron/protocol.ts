import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { app } from './app';
import { record } from './recorder';
import type { LikeElectron } from './typing';

type Handler = Parameters<Electron.Protocol['handle']>[1];

/**
 * `protocol` for the real main bundle: plain Chromium knows no `app:` scheme, so each
 * origin a handler serves (`app://unknot`) gets a local HTTP server that turns every
 * request into a `Request` for the app's own handler and sends back its `Response`.
 * Windows load the HTTP twin of their app:// URL; what the app sees (getURL, the IPC
 * sender's frame URL) is the app:// URL again.
 */
export class StandInProtocol implements LikeElectron<
  Electron.Protocol,
  'registerSchemesAsPrivileged' | 'handle'
> {
  private readonly privileged = new Map<string, Electron.Privileges>();
  private readonly handlers = new Map<string, Handler>();
  private readonly servers = new Map<string, Promise<string>>();
  private readonly twins = new Map<string, string>();

  registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]): void {
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged after ready');
    for (const { scheme, privileges } of customSchemes) {
      this.privileged.set(scheme, privileges ?? {});
    }
    record('protocol.registerSchemesAsPrivileged', customSchemes);
  }

  handle(scheme: string, handler: Handler): void {
    if (!app.isReady()) throw new Error('protocol.handle before ready');
    if (this.handlers.has(scheme)) throw new Error(`protocol.handle: ${scheme} already handled`);
    // Without `standard`, a page of this scheme has no origin and its module scripts fail.
    if (!this.privileged.get(scheme)?.standard) {
      throw new Error(`electron stand-in: ${scheme}: is not a privileged standard scheme`);
    }
    this.handlers.set(scheme, handler);
    record('protocol.handle', scheme);
  }

  /** The URL Chromium loads for `url`: its HTTP twin when a handler serves its scheme. */
  async toBrowserUrl(url: string): Promise<string> {
    const parsed = new URL(url);
    const scheme = parsed.protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (!handler) return url;
    // Node's URL gives non-special schemes the origin "null": build it from its parts.
    const twin = await this.serve(`${parsed.protocol}//${parsed.host}`, handler);
    return `${twin}${parsed.pathname}${parsed.search}${parsed.hash}`;
  }

  /** The app's view of a URL Chromium reports. */
  fromBrowserUrl(url: string): string {
    for (const [twin, origin] of this.twins) {
      if (url.startsWith(`${twin}/`)) return `${origin}${url.slice(twin.length)}`;
    }
    return url;
  }

  private serve(origin: string, handler: Handler): Promise<string> {
    let started = this.servers.get(origin);
    if (!started) {
      started = new Promise<string>((done, fail) => {
        const server: Server = createServer((request, response) => {
          const url = `${origin}${request.url ?? '/'}`;
          void Promise.resolve()
            .then(() => handler(new Request(url, { method: request.method })))
            .then(async (answer) => {
              response.writeHead(answer.status, Object.fromEntries(answer.headers));
              response.end(Buffer.from(await answer.arrayBuffer()));
            })
            .catch((error: unknown) => {
              console.error(`[stand-in protocol] ${url}: ${String(error)}`);
              response.writeHead(500).end();
            });
        });
        server.on('error', fail);
        server.listen(0, '127.0.0.1', () => {
          const twin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
          this.twins.set(twin, origin);
          app.beforeExit(() => new Promise((closed) => server.close(() => closed())));
          done(twin);
        });
        server.unref();
      });
      this.servers.set(origin, started);
    }
    return started;
  }
}

export const protocol = new StandInProtocol();
