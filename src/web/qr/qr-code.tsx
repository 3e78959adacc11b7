/**
 * A QR code drawn as SVG: dark modules on a light square with the quiet zone
 * scanners need. It stays dark-on-light in dark mode too, since many scanners
 * read nothing else. The same text is always shown beside it for typing.
 */
import { encodeQr } from './encode';

const QUIET_ZONE = 4;

export function QrCode({ text, label }: { text: string; label: string }) {
  const modules = encodeQr(text);
  const size = modules.length + QUIET_ZONE * 2;
  let path = '';
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    });
  });
  return (
    <svg
      class="qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect class="qr__light" width={size} height={size} />
      <path class="qr__dark" d={path} />
    </svg>
  );
}
