#!/usr/bin/env node
// Run unfluff (the Node port of python-goose, npm) over a folder of *.html pages, as the held-out evaluation's
// reference, and write predictions {id: {articleBody, title, lang}}. Pages are read as UTF-8, as unfluff's own tests
// read its fixtures.   NODE_PATH=<dir holding node_modules/unfluff> node run-unfluff.js HTML_DIR OUT.json
const fs = require('node:fs');
const path = require('node:path');
const unfluff = require('unfluff');

const [dir, out] = process.argv.slice(2);
const files = fs.readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort();
const preds = {};
let failed = 0;
const t0 = process.hrtime.bigint();
for (const f of files) {
  const id = f.replace(/\.html?$/, '');
  try {
    const data = unfluff(fs.readFileSync(path.join(dir, f)).toString());
    preds[id] = { articleBody: data.text || '', title: data.title || '', lang: data.lang || '' };
  } catch (e) {
    failed++;
    preds[id] = { articleBody: '' };
    process.stderr.write(`${id}: ${e.message}\n`);
  }
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
fs.writeFileSync(out, JSON.stringify(preds));
console.log(`unfluff: ${files.length} pages, ${failed} failed, ${secs.toFixed(1)} s`);
