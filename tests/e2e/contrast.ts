/**
 * WCAG's contrast ratio between two colours as the browser computes them ("rgb(…)" or
 * "rgba(…)"), for tests that read colours with getComputedStyle. A colour that is not opaque is
 * first laid over the colour behind it, as it is painted.
 */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** A computed colour: `rgb(r, g, b)`, `rgba(r, g, b, a)` or the space-separated `rgb(r g b / a)`. */
export function parseColor(text: string): Rgba {
  const parts = /^rgba?\(([^)]*)\)$/
    .exec(text.trim())?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean);
  if (!parts || parts.length < 3) throw new Error(`not a computed colour: "${text}"`);
  const [r, g, b, a = '1'] = parts as [string, string, string, string?];
  return { r: Number(r), g: Number(g), b: Number(b), a: a.endsWith('%') ? Number(a.slice(0, -1)) / 100 : Number(a) };
}

/** `top` painted over `below` (opaque): what the eye sees. */
export function over(top: Rgba, below: Rgba): Rgba {
  const mix = (t: number, u: number) => t * top.a + u * (1 - top.a);
  return { r: mix(top.r, below.r), g: mix(top.g, below.g), b: mix(top.b, below.b), a: 1 };
}

/** Relative luminance (WCAG 2.2, "relative luminance"), of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio, from 1 (the same) to 21 (black on white). */
export function contrastRatio(one: Rgba, other: Rgba): number {
  const [light, dark] = [luminance(one), luminance(other)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
