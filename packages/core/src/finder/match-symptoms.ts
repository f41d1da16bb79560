import type { Symptom } from './symptom.js';

/**
 * Text as the finder compares it: lower case, accents stripped ("cabeza" and "cabéza" are one
 * word), punctuation read as spaces and runs of spaces collapsed, so "Low-back pain!" reads as
 * "low back pain".
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const wordsOf = (text: string) => normalizeSearchText(text).split(' ').filter((word) => word !== '');

// How well one typed word fits one word of a name or synonym: the whole word, the word read as a
// plural of it ("headaches"), or the start of it while still being typed ("head").
function wordScore(typed: string, word: string): number {
  if (typed === word) {
    return 3;
  }
  if (typed === `${word}s` || typed === `${word}es`) {
    return 2;
  }
  return word.startsWith(typed) ? 1 : 0;
}

// How well the typed words fit one phrase, or 0 when any of them fits none of its words.
function phraseScore(typed: readonly string[], phrase: readonly string[]): number {
  let total = 0;
  for (const word of typed) {
    const best = Math.max(0, ...phrase.map((candidate) => wordScore(word, candidate)));
    if (best === 0) {
      return 0;
    }
    total += best;
  }
  // A phrase that says just what was typed ranks above one that says more besides.
  return total + (phrase.length === typed.length ? 1 : 0);
}

/**
 * The symptoms a query names, best first: every word typed must start a word of the symptom's
 * name or of one synonym, with case, accents and punctuation ignored. Whole words rank above
 * prefixes, the name above a synonym on a tie, and the pack's order breaks what is left. An empty
 * query matches nothing.
 */
export function matchSymptoms<Item extends Symptom>(symptoms: readonly Item[], query: string): readonly Item[] {
  const typed = wordsOf(query);
  if (typed.length === 0) {
    return [];
  }
  const scored = symptoms.flatMap((symptom, index) => {
    const fromName = phraseScore(typed, wordsOf(symptom.name));
    const fromSynonyms = Math.max(0, ...symptom.synonyms.map((synonym) => phraseScore(typed, wordsOf(synonym))));
    // The name's score counts a little more, so it wins a tie with a synonym.
    const score = Math.max(fromName * 1.01, fromSynonyms);
    return score > 0 ? [{ symptom, score, index }] : [];
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.map((entry) => entry.symptom);
}
