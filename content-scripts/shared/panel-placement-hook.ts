import { type CSSProperties, useCallback, useLayoutEffect, useState } from 'react';
import type { PlatformAdapter } from '../adapter-contract';
import { type PanelPlacement, placePanel, viewportBox } from './reply-translator-placement';

/**
 * Where an overlay panel (the reply translator, the template picker) goes: next to the portal's reply box, else
 * docked in the pill's corner. Measured when the panel opens and when the window is resized: never on the portal's
 * mutations.
 */
export function usePanelPlacement(
  adapter: PlatformAdapter,
  corner: 'bottom-right' | 'bottom-left',
): PanelPlacement {
  const measure = useCallback(() => {
    let box = null;
    try {
      const element = adapter.composer(document)?.element;
      box = element ? viewportBox(element) : null;
    } catch {
      box = null; // a portal we do not understand: dock in the corner
    }
    return placePanel(box, { width: window.innerWidth, height: window.innerHeight }, corner);
  }, [adapter, corner]);
  const [placement, setPlacement] = useState<PanelPlacement>(measure);
  useLayoutEffect(() => {
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setPlacement(measure()));
    };
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
    };
  }, [measure]);
  return placement;
}

export function placementStyle(p: PanelPlacement): CSSProperties {
  const px = (n: number | undefined) => (n === undefined ? undefined : `${Math.round(n)}px`);
  return {
    left: px(p.left),
    right: px(p.right),
    top: px(p.top),
    bottom: px(p.bottom),
    width: px(p.width),
    maxHeight: px(p.maxHeight),
  };
}
