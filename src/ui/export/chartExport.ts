// Chart images: a chart figure on screen (its title, legend, axis titles and SVG plots) copied
// into one stand-alone SVG, laid out as on screen with the styles that matter inlined; and an
// SVG drawn into a canvas for a PNG.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Parts of a figure left out of its image: controls, data tables, hidden text. */
const SKIP = 'details, button, input, select, textarea, .sr-only, [data-export-skip]';
/** Parts of a chart's SVG left out: hover read-outs and the layers that catch the pointer. */
const SKIP_IN_SVG = '.crosshair, .read-out, [pointer-events="all"]';

/** Computed styles copied onto every SVG element (when they differ from the parent's). */
const SVG_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** A stand-alone SVG document and its size in CSS pixels. */
export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

interface Line {
  words: string[];
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const round = (n: number) => String(Math.round(n * 10) / 10);

let measurer: CanvasRenderingContext2D | null | undefined;

/** The ascent of `font` (CSS shorthand), px: where the baseline sits below a line box's top. */
function fontAscent(font: string): number | null {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return null;
  measurer.font = font;
  return measurer.measureText('Hg').fontBoundingBoxAscent || null;
}

/** The lines a text node is laid out in on screen, found word by word. */
function textLines(node: Text): Line[] {
  const range = document.createRange();
  const lines: Line[] = [];
  for (const m of node.data.matchAll(/\S+/g)) {
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const r = range.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const line = lines.at(-1);
    if (line && Math.abs(r.top - line.top) < r.height / 2) {
      line.words.push(m[0]);
      line.right = r.right;
    } else
      lines.push({ words: [m[0]], left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return lines;
}

/**
 * Copies the computed styles that matter from `live` onto its clone `copy`, recursively, as
 * presentation attributes: every SVG tool reads them, and unlike style attributes the page's
 * Content Security Policy allows setting them.
 */
function inline(live: Element, copy: Element, parent: CSSStyleDeclaration | null): void {
  const cs = getComputedStyle(live);
  for (const p of SVG_STYLES) {
    const v = cs.getPropertyValue(p);
    if (!v) continue;
    // Opacity is not inherited; the rest are, so a child needs only what differs from its
    // parent. An attribute already there is rewritten: page CSS may have overridden it.
    const differs = p === 'opacity' ? v !== '1' : parent?.getPropertyValue(p) !== v;
    if (differs || copy.hasAttribute(p)) copy.setAttribute(p, v);
  }
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  const copies = Array.from(copy.children);
  Array.from(live.children).forEach((l, i) => {
    const c = copies[i]!;
    if (l.matches(SKIP_IN_SVG) || getComputedStyle(l).display === 'none') c.remove();
    else inline(l, c, cs);
  });
}

/**
 * The figure `root` as one SVG: every text and SVG inside it placed where it is on screen
 * (controls, data tables and hover read-outs left out), on a white background, with a <title>
 * from its heading and a <desc> from its chart's accessible description.
 *
 * @param padding margin around the content, px (default 12).
 */
export function chartImage(root: Element, padding = 12): ChartImage {
  const origin = root.getBoundingClientRect();
  const body = document.createElementNS(SVG_NS, 'g');
  const box = { left: 0, top: Infinity, right: origin.width, bottom: -Infinity };
  const grow = (r: { left: number; top: number; right: number; bottom: number }) => {
    box.left = Math.min(box.left, r.left - origin.left);
    box.right = Math.max(box.right, r.right - origin.left);
    box.top = Math.min(box.top, r.top - origin.top);
    box.bottom = Math.max(box.bottom, r.bottom - origin.top);
  };
  let desc = '';

  const addText = (node: Text, el: Element) => {
    const cs = getComputedStyle(el);
    const lines = textLines(node);
    if (!lines.length) return;
    const ascent = fontAscent(`${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`);
    const attrs = {
      fill: cs.color,
      'font-family': cs.fontFamily,
      'font-size': cs.fontSize,
      'font-weight': cs.fontWeight,
      'font-style': cs.fontStyle,
    };
    for (const line of lines) {
      const t = document.createElementNS(SVG_NS, 'text');
      const baseline = line.top + (ascent ?? 0.8 * (line.bottom - line.top));
      t.setAttribute('x', round(line.left - origin.left));
      t.setAttribute('y', round(baseline - origin.top));
      for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, v);
      t.textContent = line.words.join(' ');
      body.append(t);
      grow(line);
    }
  };

  const addSvg = (svg: SVGSVGElement) => {
    const r = svg.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    inline(svg, copy, null);
    if (!desc && svg.getAttribute('role') === 'img') desc = svg.getAttribute('aria-label') ?? '';
    for (const a of ['role', 'aria-label', 'aria-hidden']) copy.removeAttribute(a);
    copy.setAttribute('x', round(r.left - origin.left));
    copy.setAttribute('y', round(r.top - origin.top));
    copy.setAttribute('width', round(r.width));
    copy.setAttribute('height', round(r.height));
    // Charts draw labels a little outside their box; a nested <svg> clips unless told not to.
    copy.setAttribute('overflow', 'visible');
    body.append(copy);
    grow(r);
    for (const c of svg.children) if (!c.matches(SKIP_IN_SVG)) grow(c.getBoundingClientRect());
  };

  const visit = (el: Element) => {
    for (const node of el.childNodes) {
      if (node instanceof Text) {
        addText(node, el);
        continue;
      }
      if (!(node instanceof Element) || node.matches(SKIP)) continue;
      const cs = getComputedStyle(node);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      const r = node.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) continue; // visually hidden (screen-reader only)
      if (node instanceof SVGSVGElement) addSvg(node);
      else visit(node);
    }
  };
  visit(root);
  if (!Number.isFinite(box.top)) box.top = box.bottom = 0;

  const width = Math.ceil(box.right - box.left + 2 * padding);
  const height = Math.ceil(box.bottom - box.top + 2 * padding);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('version', '1.1');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const heading = root.querySelector('figcaption, h3, h4')?.textContent?.trim() ?? '';
  if (heading)
    svg.append(Object.assign(document.createElementNS(SVG_NS, 'title'), { textContent: heading }));
  if (desc)
    svg.append(Object.assign(document.createElementNS(SVG_NS, 'desc'), { textContent: desc }));
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#fff');
  svg.append(bg);
  body.setAttribute(
    'transform',
    `translate(${round(padding - box.left)},${round(padding - box.top)})`,
  );
  svg.append(body);
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`,
    width,
    height,
  };
}

/**
 * Draws an SVG image into a canvas and encodes it as PNG. Loads the SVG through a blob: URL, which
 * the app's Content Security Policy allows for images.
 *
 * @param scale device pixels per CSS pixel (default 2, sharp on high-density screens and in print).
 */
export async function svgToPng(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw into a canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
