/**
 * Likvärd's version in the bundles that carry no package.json beside them
 * (verify.html, likvard.cjs): the build writes it in (webpack's DefinePlugin)
 * and uses this module in place of src/engine/version.ts, which reads
 * package.json from disk.
 */
declare const LIKVARD_BUILD_VERSION: string;

export const LIKVARD_VERSION: string = LIKVARD_BUILD_VERSION;
