/**
 * The authenticator-app QR code as the setup screen draws it: the SVG path is
 * read back into modules, painted into pixels and handed to a QR reader
 * (jsQR), which must give back the exact otpauth link. That covers the
 * library, the quiet zone and our drawing at once.
 */
import jsQR from 'jsqr';
import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { QrCode } from './qr-code';

const LINK =
  'otpauth://totp/Mend:alex%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Mend&algorithm=SHA1&digits=6&period=30';

interface Drawn {
  size: number;
  dark: boolean[][];
  svgProps: Record<string, unknown>;
}

/** Renders the component to its element tree and reads the modules off the path. */
function draw(text: string): Drawn {
  const svg = QrCode({ text, label: 'QR code' }) as VNode<Record<string, unknown>>;
  const [, size] = /^0 0 (\d+) \d+$/.exec(String(svg.props['viewBox'])) ?? [];
  const children = svg.props['children'] as VNode<Record<string, unknown>>[];
  const path = children.find((child) => child.type === 'path');
  const n = Number(size);
  const dark = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const [, x, y] of String(path?.props['d']).matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    dark[Number(y)]![Number(x)] = true;
  }
  return { size: n, dark, svgProps: svg.props };
}

/** Read as the strictest scanners do: dark modules on light only. */
const scan = ({ rgba, width }: { rgba: Uint8ClampedArray; width: number }) =>
  jsQR(rgba, width, width, { inversionAttempts: 'dontInvert' })?.data;

/** The picture a camera would see: black and white pixels, `scale` per module. */
function pixels({ size, dark }: Drawn, scale = 4) {
  const width = size * scale;
  const rgba = new Uint8ClampedArray(width * width * 4);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      const value = dark[Math.floor(py / scale)]![Math.floor(px / scale)] ? 0 : 255;
      rgba.set([value, value, value, 255], (py * width + px) * 4);
    }
  }
  return { rgba, width };
}

/** A finder pattern: a dark 7×7 ring, a light ring, a dark 3×3 centre. */
function finderAt(dark: boolean[][], left: number, top: number): boolean {
  for (let y = 0; y < 7; y++) {
    for (let x = 0; x < 7; x++) {
      const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
      if (dark[top + y]![left + x] !== (ring !== 2)) return false;
    }
  }
  return true;
}

describe('the authenticator QR code', () => {
  it('reads back as the exact otpauth link', () => {
    expect(scan(pixels(draw(LINK)))).toBe(LINK);
  });

  it('reads back a link with letters beyond ASCII, sent as UTF-8', () => {
    const link = 'otpauth://totp/Mend:zoë@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Mend';
    expect(scan(pixels(draw(link)))).toBe(link);
  });

  it('is larger than the smallest version, with finder patterns and a light quiet zone', () => {
    const drawn = draw(LINK);
    const modules = drawn.size - 8;
    expect(modules).toBeGreaterThan(21);
    expect((modules - 17) % 4).toBe(0);
    expect(finderAt(drawn.dark, 4, 4)).toBe(true);
    expect(finderAt(drawn.dark, drawn.size - 11, 4)).toBe(true);
    expect(finderAt(drawn.dark, 4, drawn.size - 11)).toBe(true);
    const edge = [...drawn.dark.slice(0, 4).flat(), ...drawn.dark.map((row) => row[0])];
    expect(edge.every((module) => !module)).toBe(true);
  });

  it('is an image with the label a screen reader announces', () => {
    const { svgProps } = draw(LINK);
    expect(svgProps['role']).toBe('img');
    expect(svgProps['aria-label']).toBe('QR code');
  });
});
