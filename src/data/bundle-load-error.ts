/** Why the bundle could not be used, in words a user can act on. */
export class BundleLoadError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}
