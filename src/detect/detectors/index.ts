import type { Detector } from '../types.js';
import { nameVariant } from './name-variant.js';
import { singleSource } from './single-source.js';
import { unsourcedClaim } from './unsourced-claim.js';

export { nameVariant, singleSource, unsourcedClaim };

/** The built-in detectors, in the order they run. */
export const detectors: readonly Detector[] = [nameVariant, unsourcedClaim, singleSource];
