/**
 * Where the reply translator panel goes: next to the portal's reply box when we know where that is (above it, else
 * below it, else beside it), or docked in the overlay's corner, above our pill. Pure, so it is tested with numbers;
 * the rect is read by the caller only when the panel opens or the window is resized, never while scanning.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PanelPlacement {
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
  width: number;
  maxHeight: number;
  /** 'anchored': next to the reply box; 'docked': in the corner. */
  mode: 'anchored' | 'docked';
}

const PANEL_WIDTH = 360;
/** The panel needs about this much height to show the agent's text, the translation and the buttons. */
const PANEL_MIN_HEIGHT = 300;
const GAP = 8;
const MARGIN = 8;
/** Height the pill takes in its corner (16 px inset + its own height + a gap). */
const PILL_CLEARANCE = 60;

export function placePanel(
  box: Box | null,
  viewport: { width: number; height: number },
  corner: 'bottom-right' | 'bottom-left',
): PanelPlacement {
  const width = Math.min(PANEL_WIDTH, viewport.width - 2 * MARGIN);
  if (box && box.right > box.left && box.bottom > 0 && box.top < viewport.height) {
    const left = clamp(box.left, MARGIN, viewport.width - width - MARGIN);
    const above = box.top - GAP - MARGIN;
    if (above >= PANEL_MIN_HEIGHT) {
      return { left, bottom: viewport.height - box.top + GAP, width, maxHeight: above, mode: 'anchored' };
    }
    const below = viewport.height - box.bottom - GAP - MARGIN;
    if (below >= PANEL_MIN_HEIGHT) {
      return { left, top: box.bottom + GAP, width, maxHeight: below, mode: 'anchored' };
    }
    const tall = viewport.height - 2 * MARGIN;
    const top = clamp(box.top, MARGIN, viewport.height - Math.min(tall, PANEL_MIN_HEIGHT) - MARGIN);
    if (box.right + GAP + width + MARGIN <= viewport.width) {
      return {
        left: box.right + GAP,
        top,
        width,
        maxHeight: viewport.height - top - MARGIN,
        mode: 'anchored',
      };
    }
    if (box.left - GAP - width >= MARGIN) {
      return {
        left: box.left - GAP - width,
        top,
        width,
        maxHeight: viewport.height - top - MARGIN,
        mode: 'anchored',
      };
    }
  }
  const maxHeight = Math.max(160, viewport.height - PILL_CLEARANCE - MARGIN);
  return corner === 'bottom-left'
    ? { left: 16, bottom: PILL_CLEARANCE, width, maxHeight, mode: 'docked' }
    : { right: 16, bottom: PILL_CLEARANCE, width, maxHeight, mode: 'docked' };
}

/** The element's box in this window's viewport, also when it lives in a same-origin frame (eBay's dialog). */
export function viewportBox(element: Element): Box | null {
  if (!element.isConnected) return null;
  const rect = element.getBoundingClientRect();
  let box: Box = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  let frame = element.ownerDocument.defaultView?.frameElement ?? null;
  for (let depth = 0; frame && depth < 4; depth++) {
    const outer = frame.getBoundingClientRect();
    box = {
      left: box.left + outer.left,
      top: box.top + outer.top,
      right: box.right + outer.left,
      bottom: box.bottom + outer.top,
    };
    frame = frame.ownerDocument.defaultView?.frameElement ?? null;
  }
  return box.right > box.left && box.bottom > box.top ? box : null;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
