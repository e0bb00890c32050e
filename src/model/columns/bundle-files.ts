/** bundle.arrow's name beside a JSON bundle's name or address ("data/bundle-demo.json" -> "data/bundle-demo.arrow"); an .arrow name stays. */
export function arrowPathOf(jsonPath: string): string {
  return jsonPath.replace(/\.(json|arrow)$/, '') + '.arrow';
}

/** The name of text shard n of a bundle ("bundle-demo" -> "bundle-demo.texts-0.json"), beside the bundle. */
export function textShardName(bundleBaseName: string, n: number): string {
  return `${bundleBaseName}.texts-${n}.json`;
}

/** The base name a bundle's files share ("…/bundle-demo.json" or ".arrow" -> "bundle-demo"). */
export function bundleBaseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.(json|arrow)$/, '');
}

/** The address of a file named in the metadata, beside the bundle at `bundleUrl`. */
export function besideBundle(bundleUrl: string, fileName: string): string {
  return bundleUrl.slice(0, bundleUrl.lastIndexOf('/') + 1) + fileName;
}
