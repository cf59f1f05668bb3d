#!/usr/bin/env node
// Run a held-out set's reference extractor (the npm package whose own output its gold was made from) over a folder of
// *.html pages and write predictions {id: {articleBody, title, lang}}. Pages are read as UTF-8, as the packages' own
// tests read them.
//   NODE_PATH=<dir holding node_modules> node run-reference-extractor.js unfluff HTML_DIR OUT.json
//   NODE_PATH=<dir holding node_modules> node run-reference-extractor.js article HTML_DIR OUT.json GOLD.json
// unfluff 3.2.0 (python-goose's port) is synchronous; article 1.1.2 is a stream that needs the page's URL, taken from
// GOLD.json ({id: {url}}, written by score-extraction-heldout.py --prepare-article).
const fs = require('node:fs');
const path = require('node:path');

const [name, dir, out, goldFile] = process.argv.slice(2);
const urls = goldFile ? JSON.parse(fs.readFileSync(goldFile, 'utf8')) : {};
const extractors = {
  unfluff: (html) => {
    const data = require('unfluff')(html.toString());
    return Promise.resolve({ articleBody: data.text || '', title: data.title || '', lang: data.lang || '' });
  },
  article: (html, id) => new Promise((resolve, reject) => {
    const url = (urls[id] && urls[id].url) || 'http://example.com/';
    const stream = require('article')(url, (err, res) => (err ? reject(err)
      : resolve({ articleBody: res.text || '', title: res.title || '' })));
    stream.end(html);
  }),
};

async function main() {
  const extract = extractors[name];
  if (!extract) throw new Error(`unknown reference extractor ${name}`);
  const files = fs.readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort();
  const preds = {};
  let failed = 0;
  const t0 = process.hrtime.bigint();
  for (const f of files) {
    const id = f.replace(/\.html?$/, '');
    try {
      preds[id] = await extract(fs.readFileSync(path.join(dir, f)), id);
    } catch (e) {
      failed++;
      preds[id] = { articleBody: '' };
      process.stderr.write(`${id}: ${e.message}\n`);
    }
  }
  fs.writeFileSync(out, JSON.stringify(preds));
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${name}: ${files.length} pages, ${failed} failed, ${secs.toFixed(1)} s`);
}

main().catch((e) => { console.error(e.message); process.exit(1); });
