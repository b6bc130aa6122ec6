import { useEffect, useRef, useState } from 'react';

/**
 * Whether a box is narrower than its content (so it scrolls sideways), kept up to date
 * as the window or the text size changes: the view shows a cue only when there is more.
 */
export function useSidewaysOverflow<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    measure();
    // Test DOMs (happy-dom) may lack ResizeObserver; the first measurement still holds.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    const first = box.firstElementChild;
    if (first) observer.observe(first);
    return () => observer.disconnect();
  }, []);
  return { ref, overflows };
}
