import type { Claim } from '../model/schema.js';
import type { ArticleClaims } from '../extract/types.js';
import { Memo, foldName } from '../align/fold.js';
import { ClaimdiffError } from '../errors.js';
import { byCodeUnit } from '../detect/util.js';

/**
 * Stories: before a large set is aligned, its articles are split into stories, and each story is aligned and
 * checked on its own. Two articles belong to one story when they share at least `MIN_SHARED_ANCHORS` anchors (a
 * named person, organisation or place, a figure, a calendar date), at least one of them a person or an
 * organisation; a story is a connected group of such links. The rule reads two articles only, never the rest of the
 * set, so adding an article changes nothing but the stories it links to: that is what lets an index update one
 * story instead of recomputing all, and lets a cluster shard a day's news by story.
 */

/** Anchors two articles must share to be linked: one shared name or figure is a coincidence, two are a story. */
export const MIN_SHARED_ANCHORS = 2;

/** How a set of articles is split into stories before alignment (see `CompareOptions.stories`). */
export type StoryMode = 'auto' | 'one' | 'split';

/**
 * With `stories: 'auto'`, sets of at most this many articles are compared as one story. A comparison of a handful
 * of sources about one event keeps every cross-check even between two articles that share a single name; a larger
 * set is a feed, whose unrelated articles should not be checked against each other.
 */
export const AUTO_SPLIT_ABOVE = 50;

// Small whole numbers without a unit (counts, hours, months) recur across unrelated articles; they anchor nothing.
const SMALLEST_ANCHOR = 13;

function quantityAnchor(q: Claim['quantities'][number]): string | undefined {
  if (q.unit === undefined && Number.isInteger(q.value) && Math.abs(q.value) < SMALLEST_ANCHOR) return undefined;
  return `q:${q.value}`;
}

// A person is anchored by the surname alone: given names and titles vary between sources more than surnames do. The
// anchor is the surname's letters, sorted, with doubled letters and spaces dropped, so the commonest slips in a name
// (Hoffmann/Hofmann, Kowalczyk/Kowalcyzk, Dela Cruz/De la Cruz) still anchor two reports of one person alike.
function personKey(surname: string): string {
  return personKeys.get(surname, personKeyUncached);
}

// Surnames repeat across the claims of an article and across a feed; the table is bounded, so memory is too.
const personKeys = new Memo<string>();

function personKeyUncached(surname: string): string {
  const letters = foldName(surname).replace(/[^\p{L}\p{N}]+/gu, '').replace(/(.)\1+/gu, '$1');
  return [...letters].sort().join('');
}

function entityAnchor(e: Claim['entities'][number]): string | undefined {
  if (e.kind === 'person') {
    const key = personKey(e.surname ?? lastWord(e.text));
    return key.length < 3 ? undefined : `p:${key}`;
  }
  const name = foldName(e.text).trim();
  if (name.length < 3) return undefined;
  // Places are weak anchors like figures: two unrelated reports from one city share its name and its districts.
  return e.kind === 'place' ? `l:${name}` : `o:${name}`;
}

/** Whether an anchor is strong: a person or an organisation (places, figures and dates are weak). */
export function isStrongAnchor(anchor: string): boolean {
  return anchor.startsWith('p:') || anchor.startsWith('o:');
}

function lastWord(text: string): string {
  const at = text.lastIndexOf(' ');
  return at < 0 ? text : text.slice(at + 1);
}

/** The anchors of an article (sorted, distinct): what the story rule compares between two articles. */
export function storyAnchors(article: Pick<ArticleClaims, 'claims'>): string[] {
  const out = new Set<string>();
  for (const c of article.claims) {
    for (const e of c.entities) {
      const a = entityAnchor(e);
      if (a) out.add(a);
    }
    for (const q of c.quantities) {
      const a = quantityAnchor(q);
      if (a) out.add(a);
    }
    for (const d of c.dates) if (d.kind === 'date' && d.value) out.add(`d:${d.value}`);
  }
  return [...out].sort();
}

/** The member ids of one story, ascending. */
export type Story = readonly string[];

/**
 * The stories of a growing and shrinking set of articles, kept up to date link by link. `compare` fills one in a
 * single pass; an index keeps one and asks after each change which stories changed.
 */
export class StoryGraph {
  private readonly anchorsOf = new Map<string, readonly string[]>();
  /** Per anchor, the articles holding it (only the first of articles with equal anchors: see `twins`). */
  private readonly holders = new Map<string, Set<string>>();
  /** Per article, the member set of its story (shared by all members). */
  private readonly storyOf = new Map<string, Set<string>>();
  /**
   * Articles with equal anchors (copies of one wire story) share every link, so only the first of them is a holder;
   * the rest join its story at once. Without this, each of 10,000 copies would be counted against all the others.
   */
  private readonly twins = new Map<string, string[]>();

  /** Whether an article with this id is in the graph. */
  has(id: string): boolean {
    return this.anchorsOf.has(id);
  }

  /** Number of articles. */
  get size(): number {
    return this.anchorsOf.size;
  }

  /** Adds an article and returns its story's members after the merge (the only story that changed). */
  add(id: string, anchors: readonly string[]): Set<string> {
    this.anchorsOf.set(id, anchors);
    const key = twinKey(anchors);
    const twins = key === undefined ? undefined : this.twins.get(key);
    if (twins && twins.length > 0) {
      twins.push(id);
      const theirs = this.storyOf.get(twins[0] as string) as Set<string>;
      theirs.add(id);
      this.storyOf.set(id, theirs);
      return theirs;
    }
    if (key !== undefined) this.twins.set(key, [id]);
    let story = new Set<string>([id]);
    this.storyOf.set(id, story);
    // Counting stops for an article once its story is merged: the rest of its links change nothing.
    // Per other article, the anchors shared so far, times two, plus one once a strong one is among them.
    const shared = new Map<string, number>();
    for (const a of anchors) {
      const h = this.holders.get(a);
      if (!h) continue;
      const strong = isStrongAnchor(a) ? 1 : 0;
      for (const other of h) {
        if (story.has(other)) continue;
        const before = shared.get(other) ?? 0;
        const n = (before + 2) | (before & 1) | strong;
        shared.set(other, n);
        if (n >> 1 >= MIN_SHARED_ANCHORS && n & 1) story = this.merge(story, this.storyOf.get(other) as Set<string>);
      }
    }
    this.hold(id, anchors);
    return story;
  }

  /** Removes an article; returns the stories its old story falls into (none when it was alone or unknown). */
  remove(id: string): Array<Set<string>> {
    const anchors = this.anchorsOf.get(id);
    const story = this.storyOf.get(id);
    if (!anchors || !story) return [];
    this.anchorsOf.delete(id);
    this.storyOf.delete(id);
    story.delete(id);
    const key = twinKey(anchors);
    const twins = key === undefined ? undefined : (this.twins.get(key) as string[]);
    if (twins) {
      const at = twins.indexOf(id);
      twins.splice(at, 1);
      if (twins.length === 0) this.twins.delete(key as string);
      // A twin's links are its lead's: the story stays whole. A lead hands its place among the holders to the next twin.
      if (twins.length > 0) {
        if (at === 0) {
          this.unhold(id, anchors);
          this.hold(twins[0] as string, anchors);
        }
        return [story];
      }
    }
    this.unhold(id, anchors);
    if (story.size === 0) return [];
    // Every link of the remaining members lies inside the old story, so its parts are found from it alone: the
    // members are added again to a graph of their own, in order, which gives the same parts as adding the whole set.
    const local = new StoryGraph();
    for (const m of [...story].sort(byCodeUnit)) local.add(m, this.anchorsOf.get(m) as readonly string[]);
    const parts: Array<Set<string>> = [];
    for (const members of local.stories()) {
      const part = new Set(members);
      for (const m of part) this.storyOf.set(m, part);
      parts.push(part);
    }
    return parts;
  }

  /** The members of the story an article belongs to. */
  storyMembers(id: string): ReadonlySet<string> | undefined {
    return this.storyOf.get(id);
  }

  /** The member sets of all stories (live: a later change may alter them), ordered by their first member. */
  storySets(): Array<ReadonlySet<string>> {
    const first = new Map<Set<string>, string>();
    for (const [id, story] of this.storyOf) {
      const f = first.get(story);
      if (f === undefined || id < f) first.set(story, id);
    }
    return [...first].sort((a, b) => byCodeUnit(a[1], b[1])).map(([story]) => story);
  }

  /** All stories, each as its member ids ascending, ordered by their first member. */
  stories(): Story[] {
    const seen = new Set<Set<string>>();
    const out: string[][] = [];
    for (const story of this.storyOf.values()) {
      if (seen.has(story)) continue;
      seen.add(story);
      out.push([...story].sort(byCodeUnit));
    }
    return out.sort((a, b) => byCodeUnit(a[0] as string, b[0] as string));
  }

  // The larger story absorbs the smaller, so building a story of n articles moves each member O(log n) times.
  private merge(a: Set<string>, b: Set<string>): Set<string> {
    if (a === b) return a;
    const [small, large] = a.size > b.size ? [b, a] : [a, b];
    for (const m of small) {
      large.add(m);
      this.storyOf.set(m, large);
    }
    return large;
  }

  private hold(id: string, anchors: readonly string[]): void {
    for (const a of anchors) {
      let h = this.holders.get(a);
      if (!h) this.holders.set(a, (h = new Set()));
      h.add(id);
    }
  }

  private unhold(id: string, anchors: readonly string[]): void {
    for (const a of anchors) {
      const h = this.holders.get(a);
      if (!h) continue;
      h.delete(id);
      if (h.size === 0) this.holders.delete(a);
    }
  }
}

// Articles whose anchors could not link two articles link to nothing, not even to their copies.
function twinKey(anchors: readonly string[]): string | undefined {
  return anchors.length < MIN_SHARED_ANCHORS || !anchors.some(isStrongAnchor) ? undefined : anchors.join('\n');
}

/** Splits extracted articles into stories (see the module comment); each story's articles keep their given order. */
export function splitStories<T extends Pick<ArticleClaims, 'id' | 'claims'>>(articles: readonly T[]): T[][] {
  if (!Array.isArray(articles)) {
    throw new ClaimdiffError('E_INVALID_INPUT', `Expected \`articles\` to be an array of extracted articles, got ${typeof articles}`);
  }
  const graph = new StoryGraph();
  for (const a of articles) {
    // One id twice would join two articles' links under one name and drop one of them from every story.
    if (graph.has(a.id)) throw new ClaimdiffError('E_DUPLICATE_ID', `Two extracted articles have the id "${a.id}"`, { id: a.id });
    graph.add(a.id, storyAnchors(a));
  }
  const storyNumber = new Map<string, number>();
  const stories = graph.stories();
  stories.forEach((s, i) => {
    for (const id of s) storyNumber.set(id, i);
  });
  const out: T[][] = stories.map(() => []);
  for (const a of articles) (out[storyNumber.get(a.id) as number] as T[]).push(a);
  return out;
}

/** Whether a set of `count` articles is split into stories under `mode`. */
export function splitsInto(mode: StoryMode | undefined, count: number): boolean {
  return mode === 'split' || ((mode ?? 'auto') === 'auto' && count > AUTO_SPLIT_ABOVE);
}
