/**
 * Where Mend is reached, from its configuration alone: PUBLIC_URL, and outside
 * production the loopback names on the port it listens on (localhost,
 * 127.0.0.1, [::1]), so a developer may open either. The Host check and the
 * Origin check both compare with these, never with anything the request says
 * about itself.
 */
import type { Config } from '../config.js';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

export type AddressConfig = Pick<Config, 'env' | 'port' | 'publicUrl'>;

export interface PublicAddresses {
  /** `host[:port]`, lower case, without the scheme's default port (as browsers send it). */
  hosts: Set<string>;
  /** `scheme://host[:port]`, as browsers send Origin. */
  origins: Set<string>;
  /** The port a browser leaves out of Host for PUBLIC_URL's scheme. */
  defaultPort: string;
}

export function publicAddresses(config: AddressConfig): PublicAddresses {
  const publicUrl = new URL(config.publicUrl);
  const defaultPort = publicUrl.protocol === 'https:' ? '443' : '80';
  const hosts = new Set([canonicalHost(publicUrl.host, defaultPort)]);
  const origins = new Set([publicUrl.origin]);
  if (config.env !== 'production') {
    for (const name of LOOPBACK_NAMES) {
      hosts.add(canonicalHost(`${name}:${config.port}`, defaultPort));
      origins.add(new URL(`http://${name}:${config.port}`).origin);
    }
  }
  return { hosts, origins, defaultPort };
}

export function canonicalHost(host: string, defaultPort: string): string {
  const lower = host.trim().toLowerCase();
  return lower.endsWith(`:${defaultPort}`) ? lower.slice(0, -defaultPort.length - 1) : lower;
}
