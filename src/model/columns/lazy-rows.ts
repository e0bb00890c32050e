/**
 * Read access to a table's rows: arrays satisfy it, and so do rows made from columns on first use. The
 * app holds rows this way so that a view showing ten events makes ten objects, not a million.
 */
export type Rows<T> = { readonly length: number; at(index: number): T | undefined };

/** Rows made from columns when first read, then kept (a row read twice is the same object). */
export class LazyRows<T> implements Rows<T> {
  private readonly made: (T | undefined)[];
  constructor(
    readonly length: number,
    private readonly make: (index: number) => T,
  ) {
    this.made = new Array<T | undefined>(length);
  }

  at(index: number): T | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    return (this.made[index] ??= this.make(index));
  }
}

/** Every row, in order (for small tables and tests: on a large table this makes every row). */
export function allRows<T>(rows: Rows<T>): T[] {
  return Array.from({ length: rows.length }, (_, i) => rows.at(i)!);
}
