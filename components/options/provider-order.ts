/** The list with the item at `index` moved by `delta` places (clamped to the ends); the input is not changed. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const next = [...items];
  if (index < 0 || index >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, index + delta));
  if (target === index) return next;
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item as T);
  return next;
}
