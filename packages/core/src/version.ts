/** The Shieldkit release this code belongs to (all packages share one version). Kept in step by `npm run version-packages`. */
export const VERSION = '0.0.0';
