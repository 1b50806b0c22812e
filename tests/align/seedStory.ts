// A two-source story in the shape of the seed pair, written for these tests: one source spells the prime
// minister's name correctly throughout, the other misspells it two different ways.
import { article } from './fixtures.js';

export const correct = article('a-correct', [
  { text: 'Japan und die USA besiegeln Rohstoffpakt', section: 'headline' },
  {
    text: 'In Tokio haben US-Präsident Donald Trump und Regierungschefin Sanae Takaichi ein Abkommen über seltene Erden unterzeichnet.',
    entities: ['place:Tokio', 'US-Präsident|Donald Trump', 'Regierungschefin|Sanae Takaichi'],
  },
  { text: 'Trump lobte die Politik von Takaichi.', entities: ['Trump', 'Takaichi'] },
  {
    text: 'Am Donnerstag trifft Trump in Südkorea Chinas Präsidenten Xi Jinping.',
    entities: ['other:Donnerstag', 'Trump', 'place:Südkorea', 'Präsidenten|Xi Jinping'],
  },
  { text: 'Japan will die Ausgaben bis März auf 2 Prozent heben.', entities: ['other:März'], quantities: ['2 Prozent'] },
]);

export const misspelt = article('b-misspelt', [
  { text: 'Trump und Takahiti feiern ein goldenes Zeitalter', section: 'headline', entities: ['Trump'] },
  {
    text: 'In Tokio haben Präsident Donald Trump und Premierministerin Sanae Takahichi das Abkommen über seltene Erden unterzeichnet.',
    entities: ['place:Tokio', 'Präsident|Donald Trump', 'Premierministerin|Sanae Takahichi'],
  },
  {
    text: 'Takahichi schenkte Trump einen Golfschläger von Shinzo Abe und eine Tasche von Hideki Matsuyama.',
    entities: ['Takahichi', 'Trump', 'Shinzo Abe', 'Hideki Matsuyama'],
  },
  { text: 'Abe war ein enger Freund von Trump.', entities: ['Abe', 'Trump'] },
  {
    text: 'Analysten erwarten, dass China 60 Prozent der Produktion kontrolliert.',
    entities: ['place:China'],
    quantities: ['60 Prozent'],
    attribution: { kind: 'vague-group', cue: 'Analysten erwarten' },
  },
]);
