/**
 * Chinese sentences: a sentence ends after 。！？；… (or their half-width forms)
 * and any closing quotes or brackets that follow, and at every line end.
 */
import type { Span } from '../../model/document';

const END = /[。！？；!?;…]+[”’」』）)】》"'〕]*/g;

/**
 * Sentence spans of `text`, in code points (end exclusive). Spaces between
 * sentences belong to no sentence.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  // Work in UTF-16 on each line, then convert: a running code point counter avoids a map.
  let cpBase = 0;
  for (const line of text.split('\n')) {
    const cuts: number[] = [0];
    for (const m of line.matchAll(END)) cuts.push(m.index + m[0].length);
    if (cuts[cuts.length - 1] !== line.length) cuts.push(line.length);
    let cp = 0;
    let unit = 0;
    const toCp = (u: number): number => {
      for (; unit < u; unit++) {
        const c = line.charCodeAt(unit);
        if (c >= 0xdc00 && c <= 0xdfff && unit > 0) {
          const h = line.charCodeAt(unit - 1);
          if (h >= 0xd800 && h <= 0xdbff) continue;
        }
        cp++;
      }
      return cp;
    };
    for (let i = 0; i + 1 < cuts.length; i++) {
      let a = cuts[i]!;
      const b = cuts[i + 1]!;
      while (a < b && line[a] === ' ') a++;
      if (a >= b) continue;
      const start = toCp(a);
      const end = toCp(b);
      spans.push({ start: cpBase + start, end: cpBase + end });
    }
    cpBase += toCp(line.length) + 1;
  }
  return spans;
}
