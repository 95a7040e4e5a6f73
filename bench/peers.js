// The npm peers of `checker mentions`, timed on a slice of the benchmark corpus (bench/peers.sh).
// Usage: node bench/peers.js chrono|recognizers FILE BYTES
//   chrono:      chrono-node's French parser (chrono.fr.parse), dates only
//   recognizers: @microsoft/recognizers-text French number, currency, dimension, temperature,
//                age and date-time models (built once, before the clock starts)
// Reads the first BYTES bytes of FILE (cut back to the last newline) and parses it with reference
// date 2026-01-15: chrono-node in pieces of about 64 KB cut at newlines (twice as fast here as line
// by line, same dates found), Recognizers-Text line by line (it is made for sentences). Prints
// "BYTES SECONDS MENTIONS WARMUP_SECONDS": SECONDS for the parsing alone; module loading, model
// building and a first parse of one sentence (WARMUP_SECONDS: Recognizers-Text builds its regular
// expressions on first use, about 20 s per model here, after which a line takes milliseconds)
// are excluded.
// Resolved from NODE_PATH (the scratch folder the bench script installs into).
'use strict';
const fs = require('fs');

const [which, file, limit] = process.argv.slice(2);
const buffer = fs.readFileSync(file);
let bytes = Math.min(buffer.length, Number(limit));
const cut = buffer.lastIndexOf(10, bytes - 1);
if (cut > 0) bytes = cut + 1;
const text = buffer.subarray(0, bytes).toString('utf8');
function pieces(size) {
  const out = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + size);
    const newline = text.lastIndexOf('\n', end - 1);
    if (end < text.length && newline > at) end = newline + 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}
const reference = new Date(2026, 0, 15);

let parse, inputs;
if (which === 'chrono') {
  const chrono = require('chrono-node');
  parse = (piece) => chrono.fr.parse(piece, reference).length;
  inputs = pieces(64 * 1024);
} else if (which === 'recognizers') {
  const { Culture } = require('@microsoft/recognizers-text-suite');
  const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
  const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');
  const { DateTimeRecognizer } = require('@microsoft/recognizers-text-date-time');
  const units = new NumberWithUnitRecognizer(Culture.French);
  const models = [
    new NumberRecognizer(Culture.French).getNumberModel(),
    units.getCurrencyModel(), units.getDimensionModel(), units.getTemperatureModel(), units.getAgeModel(),
    new DateTimeRecognizer(Culture.French).getDateTimeModel(),
  ];
  parse = (line) => models.reduce((n, m) => n + m.parse(line, reference).length, 0);
  inputs = text.split('\n');
} else {
  console.error('usage: node bench/peers.js chrono|recognizers FILE BYTES');
  process.exit(2);
}

const warmup = process.hrtime.bigint();
parse('Le 3 mars 2021, près de 1,3 milliard de dollars pour 6 717 km2, 20 °C et 40 ans.');
const start = process.hrtime.bigint();
let mentions = 0;
for (const input of inputs) if (input.length > 0) mentions += parse(input);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${bytes} ${seconds.toFixed(3)} ${mentions} ${(Number(start - warmup) / 1e9).toFixed(3)}`);
