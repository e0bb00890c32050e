/**
 * Indices of the entries that have a day (not NaN), in day order and by index within a day: a counting sort
 * over the days' range, linear where a comparison sort of a million indices takes most of a second. Days
 * are whole day numbers; a range far wider than the entries falls back to a comparison sort.
 */
export function orderByDay(day: Float64Array): Uint32Array {
  let [min, max, count] = [Infinity, -Infinity, 0];
  for (const d of day) {
    if (Number.isNaN(d)) continue;
    count++;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const order = new Uint32Array(count);
  if (count === 0) return order;
  const range = max - min + 1;
  if (range > 4 * count + 1024) return sortByComparison(day, order);
  const starts = new Uint32Array(range + 1);
  for (const d of day) if (!Number.isNaN(d)) starts[d - min + 1]!++;
  for (let k = 0; k < range; k++) starts[k + 1]! += starts[k]!;
  for (let i = 0; i < day.length; i++) if (!Number.isNaN(day[i]!)) order[starts[day[i]! - min]!++] = i;
  return order;
}

function sortByComparison(day: Float64Array, order: Uint32Array): Uint32Array {
  let at = 0;
  for (let i = 0; i < day.length; i++) if (!Number.isNaN(day[i]!)) order[at++] = i;
  return order.sort((a, b) => day[a]! - day[b]! || a - b);
}
