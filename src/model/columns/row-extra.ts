/** A row's object with the fields the layout carried as JSON in its `extra` column (they never override a column). */
export function withExtra<T extends object>(row: T, extra: string | null | undefined): T {
  return extra ? { ...(JSON.parse(extra) as object), ...row } : row;
}
