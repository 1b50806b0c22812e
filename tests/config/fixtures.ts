// Shared by the configuration tests: one small two-source story and a helper that catches the library's error.
import type { ArticleInput } from '../../src/index.js';
import { ClaimdiffError } from '../../src/errors.js';

/** Two English reports of a bridge closure; `marker` (a citation, say) ends the evacuation sentence of the first. */
export const hollbrookStory = (marker = ''): ArticleInput[] => [
  {
    id: 'a',
    language: 'en',
    text: `Flood closes bridge in Hollbrook

The river bridge in Hollbrook was closed on Tuesday after the water rose by two metres, mayor Karen Holt said.

Around 300 households were evacuated overnight, according to the fire service.${marker === '' ? '' : ` ${marker}`}

The council will meet on Friday to discuss repairs.`,
  },
  {
    id: 'b',
    language: 'en',
    text: `Hollbrook bridge shut as river rises

Mayor Karen Holt said the river bridge in Hollbrook was closed on Tuesday after the water rose by two metres.

The council is to meet on Friday to discuss repairs, officials said.`,
  },
];

/** The ClaimdiffError `fn` throws; fails the test when it throws nothing or something else. */
export function thrown(fn: () => unknown): ClaimdiffError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ClaimdiffError) return e;
    throw e;
  }
  throw new Error('expected a ClaimdiffError');
}
