/**
 * A QR code drawn as SVG: dark modules on a light square with the quiet zone
 * scanners need. It stays dark-on-light in dark mode too, since many scanners
 * read nothing else. The same text is always shown beside it for typing.
 * The encoding is the uqr library's; this file only draws its matrix.
 */
import { encode } from 'uqr';

/** Four light modules on every side, as the standard asks of a scanner's margin. */
const QUIET_ZONE = 4;

export function QrCode({ text, label }: { text: string; label: string }) {
  // Level M survives a smudged or glossy phone screen; an otpauth link still
  // fits a small version at it.
  const { data, size } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
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
