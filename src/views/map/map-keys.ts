/** The site a key press moves the tab stop to, in the order given (most events first); null: not a move. */
export function siteAfterKey(order: readonly string[], current: string, key: string): string | null {
  const at = Math.max(0, order.indexOf(current));
  const last = order.length - 1;
  if (last < 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return order[Math.min(last, at + 1)]!;
    case 'ArrowLeft':
    case 'ArrowUp':
      return order[Math.max(0, at - 1)]!;
    case 'Home':
      return order[0]!;
    case 'End':
      return order[last]!;
    default:
      return null;
  }
}
