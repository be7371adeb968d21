// node search-check.mjs SITE_DIR QUERY EXPECTED_TITLE_OR_- [ABSENT_TITLE]
// Serves SITE_DIR, types QUERY into the search page in headless Chromium and prints the result
// titles; exits 1 when EXPECTED is not among them or ABSENT is.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(new URL('../../src/test/lighthouse/package.json', import.meta.url));
const puppeteer = require('puppeteer-core');
const [site, query, expected, absent] = process.argv.slice(2);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.xml': 'application/xml' };
const server = http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let f = path.join(site, p);
  if (fs.existsSync(f) && fs.statSync(f).isDirectory()) f = path.join(f, 'index.html');
  if (!fs.existsSync(f)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[path.extname(f)] || 'application/octet-stream' });
  res.end(fs.readFileSync(f));
}).listen(0, '127.0.0.1');
await new Promise(r => server.on('listening', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const errors = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', e => errors.push(String(e)));
  page.on('response', r => { if (r.status() >= 400) errors.push(r.status() + ' ' + r.url()); });
  await page.goto(base + 'search/index.html', { waitUntil: 'load' });
  await page.waitForSelector('#search-form[data-ready="true"]', { timeout: 20000 });
  const before = await page.$eval('#search-status', e => e.textContent.trim());
  await page.type('#search-q', query);
  // the status names the query once its results are shown
  await page.waitForFunction(q => document.querySelector('#search-status').textContent.includes(q), { timeout: 60000 }, query)
    .catch(e => errors.push('status never named the query: ' + before));
  await new Promise(r => setTimeout(r, 1000));
  const titles = await page.$$eval('#search-results .search-result__title', els => els.map(e => e.textContent.trim()));
  const status = await page.$eval('#search-status', e => e.textContent.trim());
  console.log(JSON.stringify({ query, status, titles: titles.slice(0, 10), errors }));
  let ok = errors.length === 0;
  if (expected && expected !== '-' && !titles.some(t => t.includes(expected))) ok = false;
  if (absent && titles.some(t => t.includes(absent))) ok = false;
  process.exitCode = ok ? 0 : 1;
} finally { await browser.close(); server.close(); }
