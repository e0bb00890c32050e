import type { PlaceLocator } from '../places/locate-places.ts';

/**
 * The point each location is drawn at, as clustering compares places: a venue is drawn at its city ("the
 * White House" and "Washington" are one place), a city at its own point. A place with no point is its name.
 * Each distinct location is located once.
 */
export function placeKeys(locate: PlaceLocator): (location: string | null) => string | null {
  const memo = new Map<string, string>();
  return (location) => {
    if (location === null) return null;
    let key = memo.get(location);
    if (key === undefined) {
      const point = locate(location);
      key = point.lat !== null && point.lon !== null ? `${point.lat},${point.lon}` : location;
      memo.set(location, key);
    }
    return key;
  };
}
