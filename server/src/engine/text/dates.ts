// Dates as press releases write them: "27 February 2012", "September 23, 2022", "February 2012".
import { MONTHS } from '../lexicon/entityHeads';

export interface FoundDate {
  start: number;
  end: number;
  /** YYYY-MM-DD, or YYYY-MM when the day is not given. */
  iso: string;
}

// Full names, and the abbreviations AP style writes before a day ("Sept. 14, 2021", "Jan. 5, 2022").
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = [...MONTHS.map((m) => m[0].toUpperCase() + m.slice(1)), ...MONTH_ABBREVIATIONS.map((m) => `${m}\\.`)].join('|');
// The year may be glued to the next word in sloppy copy ("2012at"), hence no trailing \b on it.
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTH}),? (\\d{4})`, 'g');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?, (\\d{4})`, 'g');
const MONTH_YEAR = new RegExp(`\\b(?:in |since |from |until )?(${MONTH}) (\\d{4})`, 'g');

const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, ''))) + 1;

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    found.push({ start: m.index!, end: m.index! + m[0].length, iso: `${m[3]}-${pad(monthNumber(m[2]))}-${pad(day)}` });
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const day = Number(m[2]);
    if (day < 1 || day > 31 || taken(m.index!, m.index! + m[0].length)) continue;
    found.push({ start: m.index!, end: m.index! + m[0].length, iso: `${m[3]}-${pad(monthNumber(m[1]))}-${pad(day)}` });
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const start = m.index! + m[0].indexOf(m[1]);
    if (taken(start, m.index! + m[0].length)) continue;
    found.push({ start, end: m.index! + m[0].length, iso: `${m[2]}-${pad(monthNumber(m[1]))}` });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The release's own date: a date on a short line among the opening lines (date line or dateline), else a date
 * opening the first body lines ("On September 23, 2022, ..."). Dates inside the prose say when things happened,
 * not when the release was issued, so they do not count.
 */
export function documentDate(text: string): string | undefined {
  const lines = openingLines(text, 8);
  const full = (d: FoundDate) => d.iso.length === 10;
  for (const line of lines) {
    if (line.length > 100) continue;
    const d = findDates(line).find(full);
    if (d) return d.iso;
  }
  for (const line of lines.slice(0, 3)) {
    const d = findDates(line.slice(0, 40)).find(full);
    if (d && /^\W*(on|in)?\s*$/i.test(line.slice(0, d.start))) return d.iso;
  }
  // No date line: a first paragraph that opens with a dateline, the city in capitals. Its own date
  // ("DAYTON, Ohio, March 14, 2018 – ..."), else the first date of what it reports ("WASHINGTON, D.C. – ...
  // signed an arrangement on September 23, 2022").
  for (const line of lines.slice(0, 4)) {
    const m = INLINE_DATELINE.exec(line);
    if (!m) continue;
    const d = findDates(m[0]).find(full) ?? findDates(line).find(full);
    if (d) return d.iso;
  }
  return undefined;
}

// The city in capitals ("DAYTON, Ohio, March 14, 2018 – "), or written as a name with the date after it
// ("Kalemie, 10 September 2026 – ").
// A wire service's tag may follow the date ("OTTAWA, ON, March 8, 2018 /CNW/ - ", "... 2021 (BUSINESS WIRE) -- "); the
// date may stand in parentheses (AP: "PORT CALDER, Ohio (June 14, 2016) — ").
const INLINE_DATELINE = /^(?:[A-Z]{2}[A-Z.'’]*(?:[ ,]+[A-Z][A-Za-z.'’]*)*,?(?:\s*(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2}, \d{4}|\((?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2}, \d{4})\)))?|\p{Lu}[\p{L}.'’-]+(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,3},\s*(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2}, \d{4}))(?:\s*\/[A-Za-z][\w .-]{1,30}\/|\s*\([A-Z][A-Z ]{2,30}\))?\s*[–—-]{1,2}\s/u;

/** The first `n` non-blank lines, without splitting the whole text. */
function openingLines(text: string, n: number): string[] {
  const out: string[] = [];
  const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = LINE.exec(text); m && out.length < n && m.index < text.length; m = LINE.exec(text)) {
    const line = m[0].replace(/[\r\n]+$/, '');
    if (line.trim()) out.push(line);
    if (!m[0].length) LINE.lastIndex++;
  }
  return out;
}
