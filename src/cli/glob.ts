// A small glob matcher for `*`, `?` and `**`, without regular expressions: Node 20 has no fs.glob, and a
// pattern compiled to a regex (`(?:[^/]*\/)*`) invites backtracking. Both loops below are the classic
// wildcard walk that remembers only the last star, so a match costs at most pattern length × name length.

/** True when an argument holds a wildcard and should be expanded rather than opened. */
export function hasGlobMagic(arg: string): boolean {
  return arg.includes('*') || arg.includes('?');
}

/** Matches one path segment against a pattern segment with `*` (any run) and `?` (one character). */
export function matchSegment(pattern: string, name: string): boolean {
  // Hidden files only match a pattern that names the dot itself, as in shells.
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    const c = pattern[p];
    if (c === '*') {
      star = p++;
      mark = n;
    } else if (c !== undefined && (c === '?' || c === name[n])) {
      p++;
      n++;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Matches path segments against pattern segments, where a `**` segment stands for any number of directories. */
export function matchPath(pattern: readonly string[], path: readonly string[]): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < path.length) {
    const segment = pattern[p];
    if (segment === '**') {
      star = p++;
      mark = n;
    } else if (segment !== undefined && matchSegment(segment, path[n] as string)) {
      p++;
      n++;
    } else if (star >= 0 && !(path[mark] as string).startsWith('.')) {
      // `**` never descends into hidden directories.
      p = star + 1;
      n = ++mark;
    } else {
      return false;
    }
  }
  while (pattern[p] === '**') p++;
  return p === pattern.length;
}

/** A glob split into the directory to walk from and the pattern segments below it. */
export interface GlobParts {
  /** Leading segments without wildcards, joined with `/` ('.' when the pattern starts with one). */
  base: string;
  /** The remaining segments, matched against paths relative to `base`. */
  segments: string[];
  /** How deep below `base` a match can lie; `Infinity` with `**`. */
  maxDepth: number;
}

/** Splits a glob ("news/**\/*.txt") into its fixed base directory and the wildcard part. */
export function splitGlob(pattern: string): GlobParts {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const fixed: string[] = [];
  let i = 0;
  while (i < parts.length - 1 && !hasGlobMagic(parts[i] as string)) fixed.push(parts[i++] as string);
  const segments = parts.slice(i).filter((s, k, all) => s !== '' && !(s === '**' && all[k - 1] === '**'));
  const base = fixed.length === 0 ? '.' : fixed.length === 1 && fixed[0] === '' ? '/' : fixed.join('/');
  return { base, segments, maxDepth: segments.includes('**') ? Infinity : segments.length };
}
