import { describe, expect, it } from 'vitest';
import { split } from './helpers.js';

// Each row: input, expected sentences. Written for this suite; names and events are used as facts only.
const cases: Array<[string, string[]]> = [
  // plain boundaries
  ['The council met on Monday. It approved the budget.', ['The council met on Monday.', 'It approved the budget.']],
  ['Who pays for it? The state does.', ['Who pays for it?', 'The state does.']],
  ['It passed! Supporters cheered.', ['It passed!', 'Supporters cheered.']],
  ['Really?! Nobody expected that.', ['Really?!', 'Nobody expected that.']],
  ['Stop!! Turn back now.', ['Stop!!', 'Turn back now.']],
  ['A headline without a period', ['A headline without a period']],
  // titles and abbreviations that never end a sentence
  ['Mr. Jones and Mrs. Jones arrived late.', ['Mr. Jones and Mrs. Jones arrived late.']],
  ['Dr. Patel treated the patients.', ['Dr. Patel treated the patients.']],
  ['Sen. Warren questioned Gov. Newsom on Tuesday.', ['Sen. Warren questioned Gov. Newsom on Tuesday.']],
  ['Lt. Gen. Smith briefed Rep. Lee.', ['Lt. Gen. Smith briefed Rep. Lee.']],
  ['Prof. Ng teaches at St. Andrews.', ['Prof. Ng teaches at St. Andrews.']],
  ['The talks covered trade, e.g. tariffs on steel.', ['The talks covered trade, e.g. tariffs on steel.']],
  ['The deal, i.e. the second one, failed.', ['The deal, i.e. the second one, failed.']],
  ['The crowd numbered approx. 5,000 people.', ['The crowd numbered approx. 5,000 people.']],
  ['It was Boston vs. New York in the final.', ['It was Boston vs. New York in the final.']],
  ['See p. 12 and Fig. 3 for details.', ['See p. 12 and Fig. 3 for details.']],
  ['He lives at No. 10 Downing Street.', ['He lives at No. 10 Downing Street.']],
  ['They met on Jan. 20 in Washington.', ['They met on Jan. 20 in Washington.']],
  ['The study by Brown et al. found no effect.', ['The study by Brown et al. found no effect.']],
  // abbreviations that may end a sentence
  ['I moved to the U.S. Then I found work.', ['I moved to the U.S.', 'Then I found work.']],
  ['The U.S. Army denied the report.', ['The U.S. Army denied the report.']],
  ['She has lived in the U.K. for ten years.', ['She has lived in the U.K. for ten years.']],
  ['He studied in the U.S.A. last year.', ['He studied in the U.S.A. last year.']],
  ['The money went to Acme Inc. The firm declined to comment.', ['The money went to Acme Inc.', 'The firm declined to comment.']],
  ['Acme Inc. said profits rose.', ['Acme Inc. said profits rose.']],
  ['Bring pens, paper, etc. We start at noon.', ['Bring pens, paper, etc.', 'We start at noon.']],
  ['Bring pens, paper, etc. to the meeting.', ['Bring pens, paper, etc. to the meeting.']],
  ['The talks ended in Washington, D.C. Both sides left.', ['The talks ended in Washington, D.C.', 'Both sides left.']],
  ['The flight lands at 6 p.m. Passengers must wait.', ['The flight lands at 6 p.m.', 'Passengers must wait.']],
  ['The shop closes at 6 p.m. on Sundays.', ['The shop closes at 6 p.m. on Sundays.']],
  ['At 7 a.m. Mr. Diaz opened the shop.', ['At 7 a.m. Mr. Diaz opened the shop.']],
  // initials and the pronoun I
  ['J. R. R. Tolkien wrote the books.', ['J. R. R. Tolkien wrote the books.']],
  ['J.R.R. Tolkien wrote the books.', ['J.R.R. Tolkien wrote the books.']],
  ['The bill was signed by George W. Bush in 2001.', ['The bill was signed by George W. Bush in 2001.']],
  ['It was only you and I. Did anyone else know?', ['It was only you and I.', 'Did anyone else know?']],
  // numbers, money and percentages
  ['Revenue rose to $3.7bn, up 2.5%.', ['Revenue rose to $3.7bn, up 2.5%.']],
  ['Revenue rose to $3.7bn. Profit fell.', ['Revenue rose to $3.7bn.', 'Profit fell.']],
  ['The fine was $100. He paid it.', ['The fine was $100.', 'He paid it.']],
  ['Turnout was 61.4 percent. That is a record.', ['Turnout was 61.4 percent.', 'That is a record.']],
  ['He was born in 1990. In 2010 he moved.', ['He was born in 1990.', 'In 2010 he moved.']],
  ['The vote was 52-48. It passed.', ['The vote was 52-48.', 'It passed.']],
  // quotes
  ['"I\'m done." He left the room.', ['"I\'m done."', 'He left the room.']],
  ['"I\'m done," he said. Then he left.', ['"I\'m done," he said.', 'Then he left.']],
  ['"Is it over?" she asked.', ['"Is it over?" she asked.']],
  ['She said, "This is great." she smiled.', ['She said, "This is great." she smiled.']],
  ['He called it “a disgrace.” The minister resigned.', ['He called it “a disgrace.”', 'The minister resigned.']],
  ['He said: \'We will win.\' Nobody believed him.', ['He said: \'We will win.\'', 'Nobody believed him.']],
  ['"We are ready. Talks will go on," the minister said. She left.', ['"We are ready. Talks will go on," the minister said.', 'She left.']],
  ['"We are ready. Talks will go on." She left.', ['"We are ready.', 'Talks will go on."', 'She left.']],
  // brackets
  ['The mayor (who was re-elected in May.) spoke first.', ['The mayor (who was re-elected in May.) spoke first.']],
  ['The plan failed. (Few were surprised.) A new one follows.', ['The plan failed.', '(Few were surprised.)', 'A new one follows.']],
  ['The bridge opened in 1932.[4] It was widened later.', ['The bridge opened in 1932.[4]', 'It was widened later.']],
  // ellipses
  ['He paused ... and then went on.', ['He paused ... and then went on.']],
  ['He paused... Then he went on.', ['He paused...', 'Then he went on.']],
  ['He paused… Then he went on.', ['He paused…', 'Then he went on.']],
  ['"We will [...] act," she said.', ['"We will [...] act," she said.']],
  // addresses
  ['Write to press@example.com. We reply daily.', ['Write to press@example.com.', 'We reply daily.']],
  ['The data is at https://example.org/data.csv. It is free.', ['The data is at https://example.org/data.csv.', 'It is free.']],
  ['Visit www.example.co.uk for more.', ['Visit www.example.co.uk for more.']],
  ['It ended.Then it began again.', ['It ended.', 'Then it began again.']],
  ['The fee is Rs. 500 per day.', ['The fee is Rs. 500 per day.']],
  ['This ends here．Another begins．', ['This ends here．', 'Another begins．']],
  // lists
  ['1. Open the box 2. Remove the cover', ['1. Open the box', '2. Remove the cover']],
  ['1) Open the box. 2) Remove the cover.', ['1) Open the box.', '2) Remove the cover.']],
  ['a. Open the box b. Remove the cover', ['a. Open the box', 'b. Remove the cover']],
  ['• First point • Second point', ['• First point', '• Second point']],
  ['Steps:\n- open the box\n- remove the cover', ['Steps:', '- open the box', '- remove the cover']],
  // lines and paragraphs
  ['Breaking news\nThe mayor has resigned.', ['Breaking news', 'The mayor has resigned.']],
  ['It was a cold \nnight in the city.', ['It was a cold \nnight in the city.']],
  ['First, A is A.\nSecond, B is B.', ['First, A is A.', 'Second, B is B.']],
  ['First paragraph\n\nSecond paragraph', ['First paragraph', 'Second paragraph']],
];

describe('segmentSentences (English)', () => {
  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)('%s', (input, expected) => {
    expect(split(input, 'en')).toEqual(expected);
  });
});
