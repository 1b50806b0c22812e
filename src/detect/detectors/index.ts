import type { Detector } from '../types.js';
import { dateMismatch } from './date-mismatch.js';
import { hedgeMismatch } from './hedge-mismatch.js';
import { inputHygiene } from './input-hygiene.js';
import { nameVariant } from './name-variant.js';
import { numericMismatch } from './numeric-mismatch.js';
import { quoteMismatch } from './quote-mismatch.js';
import { singleSource } from './single-source.js';
import { unsourcedClaim } from './unsourced-claim.js';

export { nameVariant, singleSource, unsourcedClaim, numericMismatch, dateMismatch, quoteMismatch, hedgeMismatch, inputHygiene };

/** The built-in detectors, in the order they run. */
export const detectors: readonly Detector[] = [nameVariant, unsourcedClaim, singleSource, numericMismatch, dateMismatch, quoteMismatch, hedgeMismatch, inputHygiene];
