// Three short reports of one invented event: a and b agree; c misspells the mayor and leans on "experts".
import type { ArticleInput } from '../../src/model/schema.js';

export const A: ArticleInput = {
  id: 'a',
  text: 'Bridge opens in Lindau\n\nMayor Anna Berger opened the new bridge in Lindau on Monday, the city council said in a statement.\n',
};
export const B: ArticleInput = {
  id: 'b',
  text: 'New bridge in Lindau\n\nMayor Anna Berger opened the new bridge in Lindau on Monday, the city council said.\n',
};
export const C: ArticleInput = {
  id: 'c',
  text: 'Lindau gets its bridge\n\nMayor Anna Bergner opened the new bridge in Lindau on Monday. Experts say the bridge cost far too much.\n',
};
