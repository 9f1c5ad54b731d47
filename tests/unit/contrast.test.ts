import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseColor } from '../e2e/contrast.ts';

const white = parseColor('rgb(255, 255, 255)');
const black = parseColor('rgb(0, 0, 0)');

describe('the WCAG contrast ratio the browser tests compute from computed colours', () => {
  it('is 21 for black on white and 1 for a colour on itself, whichever comes first', () => {
    expect(contrastRatio(black, white)).toBe(21);
    expect(contrastRatio(white, black)).toBe(21);
    expect(contrastRatio(white, white)).toBe(1);
  });

  it('matches published figures: #767676 on white is 4.54, the app’s yellow focus on white 1.35', () => {
    expect(contrastRatio(parseColor('rgb(118, 118, 118)'), white)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(parseColor('rgb(255, 221, 0)'), white)).toBeCloseTo(1.35, 2);
  });

  it('reads the forms getComputedStyle gives, and refuses anything else', () => {
    expect(parseColor('rgba(11, 12, 12, 0.6)')).toEqual({ r: 11, g: 12, b: 12, a: 0.6 });
    expect(parseColor('rgb(11 12 12 / 60%)')).toEqual({ r: 11, g: 12, b: 12, a: 0.6 });
    expect(() => parseColor('canvastext')).toThrow('not a computed colour: "canvastext"');
  });

  it('lays a colour that is not opaque over what is behind it', () => {
    expect(over(parseColor('rgba(0, 0, 0, 0.5)'), white)).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(over(parseColor('rgba(0, 0, 0, 0)'), white)).toEqual(white);
  });
});
