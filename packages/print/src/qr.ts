import { encode } from 'uqr';
import { html, type Markup } from './escape.js';

/** The quiet zone around a QR code, in modules (ISO/IEC 18004 asks for four). */
export const QUIET_ZONE = 4;

/**
 * A QR code as vector SVG (one path, no raster), its quiet zone drawn as a white square inside the
 * SVG so a layout cannot cover it, `size` its printed width with the quiet zone (a CSS length).
 * Error correction M (15 %): posters get scuffed and photocopied.
 */
export function qrSvg(text: string, size: string, label: string): Markup {
  const { data, size: modules } = encode(text, { ecc: 'M', border: 0 });
  const total = modules + QUIET_ZONE * 2;
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return html`<svg
    class="qr"
    role="img"
    aria-label="${label}"
    viewBox="0 0 ${total} ${total}"
    width="${size}"
    height="${size}"
    data-modules="${modules}"
    data-quiet="${QUIET_ZONE}"
    shape-rendering="crispEdges"
    xmlns="http://www.w3.org/2000/svg"
  >
    <rect width="${total}" height="${total}" fill="#fff" />
    <path fill="#000" d="${d}" />
  </svg>`;
}
