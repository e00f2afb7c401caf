import { viewboxBeside } from './fit-beside';

/** Where a diagram point lands on screen for a viewbox shown in a container of `outer` size. */
const toScreen = (box: { x: number; y: number; width: number }, outerWidth: number, point: { x: number; y: number }) => {
  const scale = outerWidth / box.width;
  return { x: (point.x - box.x) * scale, y: (point.y - box.y) * scale };
};

describe('viewboxBeside', () => {
  it('given a diagram wider than the canvas, when fitted beside a 100 px palette, then it starts right of the palette and ends inside the canvas', () => {
    const inner = { x: 150, y: 80, width: 1800, height: 500 };
    const outer = { width: 800, height: 600 };
    const box = viewboxBeside({ inner, outer }, 100, 20);
    const start = toScreen(box, outer.width, { x: inner.x, y: inner.y });
    const end = toScreen(box, outer.width, { x: inner.x + inner.width, y: inner.y + inner.height });
    expect(start.x).toBeCloseTo(120);
    expect(end.x).toBeCloseTo(780);
    expect(start.y).toBeGreaterThanOrEqual(20);
    expect(end.y).toBeLessThanOrEqual(580);
    expect(box.width / box.height).toBeCloseTo(outer.width / outer.height);
  });

  it('given a small diagram, when fitted, then it stays at 100 % and is centred in the space beside the palette', () => {
    const inner = { x: 180, y: 160, width: 36, height: 36 };
    const outer = { width: 800, height: 600 };
    const box = viewboxBeside({ inner, outer }, 100, 20);
    expect(box.width).toBe(800);
    const start = toScreen(box, outer.width, { x: inner.x, y: inner.y });
    expect(start.x + 18).toBeCloseTo(100 + 20 + (800 - 100 - 40) / 2);
    expect(start.y + 18).toBeCloseTo(300);
  });
});
