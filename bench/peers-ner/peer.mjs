// Runs compromise's people(), organizations() and places() over documents and prints the spans it
// finds, so Chronicle's C# scorer can score them against the same gold as Chronicle's recogniser.
// Input: a JSON-lines file of {"doc": n, "text": "...", "tokens": n} (written by NerPeerBench.Export).
// Output (stdout): JSON lines {"doc": n, "start": s, "end": e, "type": "PER"|"ORG"|"LOC"}; the last
// line is {"seconds": t, "tokens": n}, the time spent inside compromise.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.length > 0);
const docs = lines.map((l) => JSON.parse(l));
const kinds = [
  ['PER', (d) => d.people()],
  ['ORG', (d) => d.organizations()],
  ['LOC', (d) => d.places()],
];

function run(doc) {
  const spans = [];
  const parsed = nlp(doc.text);
  for (const [type, select] of kinds) {
    for (const match of select(parsed).json({ offset: true })) {
      const start = match.offset.start;
      let end = start + match.offset.length;
      // compromise's match text may end in punctuation that the tokens keep apart: trim it.
      while (end > start && /[\s.,;:!?"')]/.test(doc.text[end - 1])) end--;
      if (end > start) spans.push({ doc: doc.doc, start, end, type });
    }
  }
  return spans;
}

docs.slice(0, 20).forEach(run); // warm-up, as the C# side is timed after its model has loaded
const began = process.hrtime.bigint();
const out = [];
for (const doc of docs) out.push(...run(doc));
const seconds = Number(process.hrtime.bigint() - began) / 1e9;
const tokens = docs.reduce((n, d) => n + d.tokens, 0);
for (const span of out) process.stdout.write(JSON.stringify(span) + '\n');
process.stdout.write(JSON.stringify({ seconds, tokens }) + '\n');
