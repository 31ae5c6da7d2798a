// A QR code for the teachers' link, made in the page (no external service):
// qrcode-generator (pure JavaScript, MIT) finds the modules, this turns them
// into one SVG path (no inline style: the colour comes from the stylesheet).

import qrcode from 'qrcode-generator';

/** The dark modules, row by row (true is dark). Error correction M; the smallest version that fits. */
export function qrMatrix(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

/** A QR version's side in modules is 17 + 4 × version. */
export const qrVersion = (matrix: boolean[][]): number => (matrix.length - 17) / 4;

/** The quiet zone the standard asks for around the code, in modules. */
export const QUIET_ZONE = 4;

/** The dark modules as one SVG path in module units, offset by the quiet zone (one "h1v1h-1z" square each, runs merged). */
export function qrPath(matrix: boolean[][]): string {
  let d = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return d;
}

/** The SVG's side in module units, quiet zone included. */
export const qrViewSize = (matrix: boolean[][]): number => matrix.length + 2 * QUIET_ZONE;
