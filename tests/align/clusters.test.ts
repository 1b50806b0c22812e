import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../src/align/index.js';
import type { ArticleClaims } from '../../src/extract/types.js';
import { extractClaims } from '../../src/pipeline.js';

function extracted(id: string, text: string, language: 'de' | 'en'): ArticleClaims {
  return extractClaims({ id, text, language, publishedAt: '2025-06-10' });
}

/** The ids of the claims clustered with the claim whose text contains `needle`, own id excluded. */
function partnersOf(al: ReturnType<typeof alignClaims>, needle: string): string[] {
  const claim = al.claims.find((c) => c.text.includes(needle));
  if (!claim) throw new Error(`no claim contains "${needle}"`);
  const cluster = al.clusters.find((c) => c.claimIds.includes(claim.id));
  return cluster ? cluster.claimIds.filter((id) => id !== claim.id) : [];
}

const textOf = (al: ReturnType<typeof alignClaims>, id: string) => al.claims.find((c) => c.id === id)?.text ?? '';

const german = [
  'Der Stadtrat von Lindenau hat am Dienstag den Haushalt für 2026 beschlossen.',
  'Die Stadt investiert 2,5 Milliarden Euro in neue Schulen und Straßen.',
  'Oberbürgermeisterin Klara Weiß sprach von einem historischen Tag.',
  'Die Opposition kritisierte die hohen Schulden.',
].join(' ');

const english = [
  "Lindenau's city council approved the 2026 budget on Tuesday.",
  'The city will invest 2.5 billion euros in new schools and roads.',
  'Mayor Klara Weiß called it a historic day.',
  'The opposition criticised the high debt.',
].join(' ');

describe('clusterClaims across languages', () => {
  const al = alignClaims([extracted('de-kurier', german, 'de'), extracted('en-times', english, 'en')]);

  it.each([
    ['2,5 Milliarden Euro', '2.5 billion euros'],
    ['Haushalt für 2026', '2026 budget'],
    ['kritisierte die hohen Schulden', 'criticised the high debt'],
  ])('puts the German claim with "%s" in one cluster with the English claim with "%s"', (de, en) => {
    const partners = partnersOf(al, de).map((id) => textOf(al, id));
    expect(partners.some((t) => t.includes(en))).toBe(true);
  });

  it('names the anchors in the cluster reason', () => {
    const claim = al.claims.find((c) => c.text.includes('2,5 Milliarden Euro'))!;
    const cluster = al.clusters.find((c) => c.claimIds.includes(claim.id))!;
    expect(cluster.reason).toContain('q:2500000000');
  });

  it('gives the same clusters whatever the order of the articles', () => {
    const again = alignClaims([extracted('en-times', english, 'en'), extracted('de-kurier', german, 'de')]);
    expect(JSON.stringify(again.clusters)).toBe(JSON.stringify(al.clusters));
  });
});

describe('clusterClaims keeps different statements apart', () => {
  it.each([
    ['Der Konzern streicht 500 Stellen in Bremen.', 'Das Festival in München zählte 500 Besucher.', 'de'],
    ['The carmaker will cut 500 jobs in Bremen.', 'The festival in Munich drew 500 visitors.', 'en'],
    ['Die Polizei nahm am Freitag zwei Männer fest.', 'Das Museum öffnet am Freitag wieder.', 'de'],
  ] as const)('"%s" and "%s" share one number or day only and do not cluster', (a, b, language) => {
    const al = alignClaims([extracted('a', a, language), extracted('b', b, language)]);
    expect(al.clusters).toEqual([]);
  });

  it.each([
    [
      'Siemens übernimmt den Konkurrenten Alstom für 2,5 Milliarden Euro.',
      'Alstom übernimmt den Konkurrenten Siemens für 2,5 Milliarden Euro.',
      'Für 2,5 Milliarden Euro übernimmt Siemens den Konkurrenten Alstom.',
      'de',
    ],
    [
      'Am Sonntag besiegte Anna Keller die Titelverteidigerin Berta Hoffmann.',
      'Am Sonntag besiegte Berta Hoffmann die Titelverteidigerin Anna Keller.',
      'Anna Keller besiegte am Sonntag die Titelverteidigerin Berta Hoffmann.',
      'de',
    ],
  ] as const)('clusters "%s" with its paraphrase, not with its role swap', (text, swap, paraphrase, language) => {
    expect(alignClaims([extracted('a', text, language), extracted('b', swap, language)]).clusters).toEqual([]);
    expect(alignClaims([extracted('a', text, language), extracted('b', paraphrase, language)]).clusters).toHaveLength(1);
  });

  it('does not chain two statements of one article through a weak third claim', () => {
    const al = alignClaims([
      extracted(
        'a',
        'Bürgermeister Georg Hellwig kündigte die Sperrung der Brücke am Mittwoch an. Die Brücke bleibt ab Dienstag für alle Fahrzeuge gesperrt.',
        'de',
      ),
      extracted('b', 'Ab Dienstag ist die Brücke gesperrt, sagte Bürgermeister Georg Hellwig.', 'de'),
    ]);
    for (const c of al.clusters) {
      const articles = c.claimIds.map((id) => id.split('#')[0]);
      expect(new Set(articles).size).toBe(articles.length);
    }
  });
});
