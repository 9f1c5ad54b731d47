/**
 * Walking a page with the keyboard, as a person who uses Tab does, and what each focus stop looks
 * like: the colours of its focus indicator and of what lies inside and around it, as the browser
 * computes them. Judging them is the test's work (contrast.ts has the formula).
 */
import type { Page } from '@playwright/test';
import { contrastRatio, over, parseColor, type Rgba } from './contrast.ts';

/** One focus stop, as computed styles: colour lists run from the element outwards to the root. */
export interface FocusStop {
  readonly html: string;
  readonly outline: { readonly style: string; readonly width: number; readonly offset: number; readonly color: string };
  readonly boxShadow: string;
  /** What the indicator's inner edge touches: the element's border, else its background. */
  readonly inner: readonly string[];
  /** What lies just outside the indicator, on each side that is in the window. */
  readonly outer: readonly (readonly string[])[];
  /** Off the page until focused (a skip link): the element itself is what shows the focus. */
  readonly revealed: boolean;
}

/** Press `key` until the focus comes back round (or `most` stops), calling `visit` at each stop. */
export async function eachFocusStop(page: Page, visit: (stop: number) => Promise<void>, { key = 'Tab', most = 120 } = {}) {
  const seen = new Set<string>();
  for (let stop = 0; stop < most; stop++) {
    await page.keyboard.press(key);
    const id = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return null;
      // Where the element stands in the document: the same one again means the walk went round.
      const path: number[] = [];
      for (let node: Element | null = focused; node?.parentElement; node = node.parentElement)
        path.push([...node.parentElement.children].indexOf(node));
      return path.join('.');
    });
    if (id === null) continue;
    if (seen.has(id)) return;
    seen.add(id);
    await visit(stop);
  }
}

/** The focused element's indicator and surroundings (runs in the page). */
export function readFocusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const chain = (from: Element | null) => {
      const colours: string[] = [];
      for (let node = from; node; node = node.parentElement) colours.push(getComputedStyle(node).backgroundColor);
      return colours;
    };
    const spreads = [...style.boxShadow.matchAll(/(-?[\d.]+)px (-?[\d.]+)px (-?[\d.]+)px (-?[\d.]+)px/g)].map((m) => Number(m[4]));
    const reach = Math.max(parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth), ...spreads, 0) + 2;
    const rect = element.getBoundingClientRect();
    const [midX, midY] = [(rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2];
    const outer = [
      [rect.left - reach, midY],
      [rect.right + reach, midY],
      [midX, rect.top - reach],
      [midX, rect.bottom + reach],
    ]
      .filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight)
      .map(([x, y]) => chain(document.elementsFromPoint(x!, y!).find((e) => e !== element && !element.contains(e)) ?? null));
    const bordered = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none';
    let revealed = false;
    if (style.position === 'absolute' || style.position === 'fixed') {
      element.blur();
      const unfocused = element.getBoundingClientRect();
      revealed = unfocused.bottom + scrollY <= 0 || unfocused.right + scrollX <= 0;
      element.focus({ focusVisible: true } as FocusOptions);
    }
    return {
      html: element.outerHTML.slice(0, 100),
      outline: {
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        offset: parseFloat(style.outlineOffset),
        color: style.outlineColor,
      },
      boxShadow: style.boxShadow,
      inner: bordered ? [style.borderTopColor, ...chain(element)] : chain(element),
      outer: outer.length > 0 ? outer : [chain(element.parentElement)],
      revealed,
    };
  });
}

/** A background as painted: each colour of the chain laid over the ones behind it, on a white canvas. */
export const painted = (chain: readonly string[]): Rgba =>
  chain.reduceRight<Rgba>((below, colour) => over(parseColor(colour), below), { r: 255, g: 255, b: 255, a: 1 });

/**
 * The bands of colour the indicator draws around the element, from the inside out: the outline,
 * then what a box-shadow ring (no offset, no blur) shows beyond it. Thinner than 2 px: not counted.
 */
function bands(stop: FocusStop): Rgba[] {
  const found: { from: number; to: number; colour: Rgba }[] = [];
  if (stop.outline.style !== 'none' && stop.outline.width > 0)
    found.push({ from: stop.outline.offset, to: stop.outline.offset + stop.outline.width, colour: parseColor(stop.outline.color) });
  const reached = found[0]?.to ?? 0;
  for (const ring of stop.boxShadow.matchAll(/(rgba?\([^)]*\)) 0px 0px 0px ([\d.]+)px(?! inset)/g)) {
    const to = Number(ring[2]);
    if (to > reached) found.push({ from: Math.max(reached, 0), to, colour: parseColor(ring[1]!) });
  }
  return found
    .sort((a, b) => a.from - b.from)
    .filter((band) => band.to - band.from >= 2)
    .map((band) => band.colour);
}

/**
 * How well the indicator stands out, as one contrast ratio: the best band's lower contrast with
 * what touches it inside (the element, or the band within) and outside (the next band, or the
 * page around it, on every side). A two-colour ring passes where one colour alone would not: the
 * yellow band against a dark button and the dark ring, the dark ring against the white page.
 * An element revealed by focus counts as a band of its own.
 */
export function indicatorContrast(stop: FocusStop): number {
  const outsides = stop.outer.map(painted);
  // A ring that is not opaque (forced colours draw one at 80 %) is seen over the page.
  const ring = bands(stop).map((colour) => over(colour, outsides[0]!));
  const element = painted(stop.inner);
  // Bands of one colour side by side (a revealed yellow link in its yellow outline) are one band.
  const layers = (stop.revealed ? [element, ...ring] : ring).filter((colour, i, all) => i === 0 || contrastRatio(colour, all[i - 1]!) > 1);
  let best = 0;
  layers.forEach((colour, i) => {
    const inside = i === 0 ? (stop.revealed ? undefined : element) : layers[i - 1]!;
    const outside = i < layers.length - 1 ? [layers[i + 1]!] : outsides;
    const ratios = [...(inside ? [contrastRatio(colour, inside)] : []), ...outside.map((o) => contrastRatio(colour, o))];
    best = Math.max(best, Math.min(...ratios));
  });
  return best;
}
