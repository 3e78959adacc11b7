/**
 * Mend answers only for the host it is configured to be. A request whose Host
 * (or, behind the trusted proxy in production, X-Forwarded-Host) is not one of
 * its public addresses (`public-address.ts`) is refused before any route or
 * other hook runs: 421 Misdirected Request, code `unknown-host`.
 *
 * This is the defence against DNS rebinding: a hostile page whose name is
 * re-pointed at 127.0.0.1 makes the browser talk to a Mend on this machine as
 * if it were the hostile site — same-origin, so no Origin check stops it — but
 * its Host still names the hostile site. See
 * docs/decisions/015-requests-pinned-to-the-public-host.md.
 *
 * The health probes are exempt: load balancers and orchestrators call them by
 * address, and they reveal nothing.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from './problem.js';
import { canonicalHost, type PublicAddresses } from './public-address.js';

const PROBES = new Set(['/healthz', '/readyz']);

export function installHostCheck(app: FastifyInstance, addresses: PublicAddresses): void {
  app.addHook('onRequest', async (request) => {
    if (PROBES.has(request.routeOptions.url ?? '')) return;
    const host = request.host;
    if (!host || !addresses.hosts.has(canonicalHost(host, addresses.defaultPort))) {
      throw new AppError({
        code: 'unknown-host',
        title: 'This server does not answer for that address',
        detail: 'Open Mend at the address it was set up with (PUBLIC_URL).',
      });
    }
  });
}
