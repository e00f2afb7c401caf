import type { Box, Viewbox } from '../../shared/process-diagram/bpmn-viewer-services';

/**
 * The viewbox that shows the whole diagram in the part of the canvas right of the palette (which
 * floats over the canvas's left edge, whatever the page's direction), centred there, never
 * enlarged beyond 100 %. `canvas.zoom('fit-viewport')` would put the diagram's start under the palette.
 */
export function viewboxBeside({ inner, outer }: Pick<Viewbox, 'inner' | 'outer'>, insetStart: number, margin = 24): Box {
  const width = Math.max(1, outer.width - insetStart - 2 * margin);
  const height = Math.max(1, outer.height - 2 * margin);
  const scale = Math.min(1, width / Math.max(1, inner.width), height / Math.max(1, inner.height));
  const left = insetStart + margin + (width - inner.width * scale) / 2;
  const top = margin + (height - inner.height * scale) / 2;
  return { x: inner.x - left / scale, y: inner.y - top / scale, width: outer.width / scale, height: outer.height / scale };
}
