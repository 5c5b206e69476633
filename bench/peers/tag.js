// Runs the peer temporal taggers on the documents of an input JSON file and writes their
// expressions as JSON, with the time each tagger took, for Chronicle's scorer.
//   node tag.js INPUT.json OUTPUT.json [PASSES]
// The time of a tagger is the best of PASSES passes (default 5) over all documents.
// INPUT: [{"id": "...", "dct": "YYYY-MM-DD" | null, "text": "..."}]
// OUTPUT: {"tools": [{"name", "version", "chars", "ms", "cpuMs", "docs": [{"id", "timexes": [{start, end, text, type, value}]}]}]}
// Offsets are UTF-16 code units, end exclusive, as in Chronicle.
'use strict';

const fs = require('fs');
const chrono = require('chrono-node');
const recognizers = require('@microsoft/recognizers-text-date-time');

// Warm-up time per tagger before the timed passes (the same in PeerComparison's Chronicle run).
const WARMUP_MS = 2000;
// The shortest timed pass (TimexEvaluation.MinPass in Chronicle).
const MIN_PASS_MS = 250;

const pad = (n, w = 2) => String(n).padStart(w, '0');

function referenceDate(dct) {
  if (!dct) return new Date();
  const [y, m, d] = dct.split('-').map(Number);
  return new Date(y, m - 1, d, 12, 0, 0);
}

// chrono-node: a TIMEX3-like value from the components chrono is certain of (or implies for a weekday).
function chronoTimexes(text, dct) {
  return chrono.parse(text, referenceDate(dct)).map((r) => {
    const s = r.start;
    const day = s.isCertain('day') || s.isCertain('weekday');
    let value = '';
    if (day || s.isCertain('month') || s.isCertain('year')) {
      value = String(s.get('year')).padStart(4, '0');
      if (day || s.isCertain('month')) value += '-' + pad(s.get('month'));
      if (day) value += '-' + pad(s.get('day'));
    }
    let type = 'DATE';
    if (s.isCertain('hour')) {
      type = 'TIME';
      value += 'T' + pad(s.get('hour')) + ':' + pad(s.get('minute') || 0);
    }
    return { start: r.index, end: r.index + r.text.length, text: r.text, type, value };
  });
}

const recognizerTypes = {
  date: 'DATE', daterange: 'DATE', time: 'TIME', timerange: 'TIME', datetime: 'TIME',
  datetimerange: 'TIME', duration: 'DURATION', set: 'SET', datetimealt: 'DATE',
};

// Recognizers-Text: the TIMEX it gives; where that leaves the year or week open (XXXX) and it
// offers resolved values (past first), the first resolved date.
function recognizerValue(values) {
  const v = values[0];
  if (!v) return '';
  const timex = v.timex || '';
  if (timex.includes('X') && v.value && /^\d{4}-\d{2}-\d{2}/.test(v.value)) {
    const [date, time] = v.value.split(' ');
    return time ? date + 'T' + time.slice(0, 5) : date;
  }
  return timex;
}

function recognizerTimexes(text, dct) {
  return recognizers.recognizeDateTime(text, recognizers.Culture.English, undefined, referenceDate(dct)).map((r) => {
    const values = (r.resolution && r.resolution.values) || [];
    const kind = (r.typeName || '').replace('datetimeV2.', '');
    return {
      start: r.start, end: r.end + 1, text: text.slice(r.start, r.end + 1),
      type: recognizerTypes[kind] || 'DATE', value: recognizerValue(values),
    };
  });
}

function run(name, version, tag, docs, passes) {
  // Untimed passes for at least WARMUP_MS (at least one): V8's optimising compiler settles, as
  // .NET's tiered compilation does in Chronicle's warm-up of the same length.
  const warmStart = process.hrtime.bigint();
  do {
    for (const d of docs) tag(d.text, d.dct);
  } while (Number(process.hrtime.bigint() - warmStart) / 1e6 < WARMUP_MS);
  let out = [];
  let chars = 0;
  let ms = Infinity;
  let cpuMs = Infinity;
  for (let p = 0; p < passes; p++) {
    // A pass goes over the documents as many times as it takes to last MIN_PASS_MS; its time is per round.
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    let rounds = 0;
    do {
      out = [];
      chars = 0;
      for (const d of docs) {
        out.push({ id: d.id, timexes: tag(d.text, d.dct) });
        chars += d.text.length;
      }
      rounds++;
    } while (Number(process.hrtime.bigint() - start) / 1e6 < MIN_PASS_MS);
    const cpu = process.cpuUsage(cpuStart);
    ms = Math.min(ms, Number(process.hrtime.bigint() - start) / 1e6 / rounds);
    // CPU time of the process (user + system): what a busy machine's other processes do not add to.
    cpuMs = Math.min(cpuMs, (cpu.user + cpu.system) / 1e3 / rounds);
  }
  return { name, version, chars, ms, cpuMs, docs: out };
}

function main() {
  const [input, output, passArg] = process.argv.slice(2);
  const passes = Math.max(1, parseInt(passArg || '5', 10) || 5);
  if (!input || !output) {
    console.error('usage: node tag.js INPUT.json OUTPUT.json');
    process.exit(2);
  }
  const docs = JSON.parse(fs.readFileSync(input, 'utf8'));
  const path = require('path');
  const version = (p) => JSON.parse(fs.readFileSync(path.join(__dirname, 'node_modules', p, 'package.json'), 'utf8')).version;
  const tools = [
    run('chrono-node', version('chrono-node'), chronoTimexes, docs, passes),
    run('recognizers-text', version('@microsoft/recognizers-text-date-time'), recognizerTimexes, docs, passes),
  ];
  fs.writeFileSync(output, JSON.stringify({ tools }));
  for (const t of tools) console.log(`${t.name} ${t.version}: ${t.chars} chars in ${t.ms.toFixed(0)} ms`);
}

main();
