// How wide a line of text is in a TrueType font, read from the font file
// itself (its cmap and hmtx tables), so the social cards (scripts/newsroom.ts)
// can wrap and align text before resvg draws it with the same font. Kerning
// is left out: it only ever narrows a line a little, so a line measured here
// never comes out wider than drawn.

export interface FontMetrics {
  unitsPerEm: number;
  /** The advance width of one code point, in font units (.notdef's for a character the font lacks). */
  advance(codePoint: number): number;
  /** The width of a line of text at a font size, in the same units as the size. */
  width(text: string, size: number): number;
}

export function fontMetrics(font: Uint8Array): FontMetrics {
  const data = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  const count = data.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    tables.set(tag, data.getUint32(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`the font has no "${tag}" table`);
    return offset;
  };
  const unitsPerEm = data.getUint16(table('head') + 18);
  const metricCount = data.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyphAdvance = (glyph: number) => data.getUint16(hmtx + 4 * Math.min(glyph, metricCount - 1));
  const glyphOf = characterMap(data, table('cmap'));
  const advance = (codePoint: number) => glyphAdvance(glyphOf(codePoint));
  return {
    unitsPerEm,
    advance,
    width(text, size) {
      let units = 0;
      for (const character of text) units += advance(character.codePointAt(0)!);
      return (units * size) / unitsPerEm;
    },
  };
}

/** The code point → glyph lookup of the font's Unicode cmap subtable (format 12 when there is one, else format 4). */
function characterMap(data: DataView, cmap: number): (codePoint: number) => number {
  const subtables = new Map<string, number>();
  for (let i = 0; i < data.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + 8 * i;
    subtables.set(`${data.getUint16(record)}/${data.getUint16(record + 2)}`, cmap + data.getUint32(record + 4));
  }
  const full = subtables.get('3/10') ?? subtables.get('0/4');
  if (full !== undefined && data.getUint16(full) === 12) {
    const groups = data.getUint32(full + 12);
    return (codePoint) => {
      for (let i = 0; i < groups; i++) {
        const group = full + 16 + 12 * i;
        const start = data.getUint32(group);
        if (codePoint >= start && codePoint <= data.getUint32(group + 4)) return data.getUint32(group + 8) + codePoint - start;
      }
      return 0;
    };
  }
  const basic = subtables.get('3/1') ?? subtables.get('0/3');
  if (basic === undefined || data.getUint16(basic) !== 4) throw new Error('the font has no Unicode character map of format 4 or 12');
  const segments = data.getUint16(basic + 6) / 2;
  const ends = basic + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (data.getUint16(ends + 2 * i) < codePoint) continue;
      const start = data.getUint16(starts + 2 * i);
      if (start > codePoint) return 0;
      const delta = data.getInt16(deltas + 2 * i);
      const rangeOffset = data.getUint16(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = data.getUint16(rangeOffsets + 2 * i + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
