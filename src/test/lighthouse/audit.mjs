// Lighthouse over several pages in one Chromium: LighthouseTest runs it against the golden site
// served on loopback. Mobile profile with simulated throttling (Lighthouse's default), the four
// categories. Prints one line per page, "URL<TAB>performance accessibility best-practices seo<TAB>
// failing audit ids", and writes every report's JSON under OUT_DIR for a look at what failed.
// usage: node audit.mjs OUT_DIR URL...      (CHROME_PATH names the browser; default /usr/bin/chromium)
// exit 0 when every page was audited (scores are judged by the caller), 2 on a runtime error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const [out, ...urls] = process.argv.slice(2);
if (!out || urls.length === 0) {
  console.error('usage: node audit.mjs OUT_DIR URL...');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  for (const [i, url] of urls.entries()) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      disableFullPageScreenshot: true }); // no audit scores it; it only slows every page down
    const lhr = result.lhr;
    writeFileSync(join(out, `${i + 1}.json`), result.report);
    if (lhr.runtimeError) {
      console.log(`${url}\tRUNTIME ERROR ${lhr.runtimeError.code}: ${lhr.runtimeError.message}\t`);
      failed = true;
      continue;
    }
    const scores = ['performance', 'accessibility', 'best-practices', 'seo']
      .map(c => lhr.categories[c].score === null ? 'null' : Math.round(lhr.categories[c].score * 100));
    const failing = Object.values(lhr.audits)
      .filter(a => a.score !== null && a.score < 0.9 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode))
      .map(a => a.id);
    console.log(`${url}\t${scores.join(' ')}\t${failing.join(' ')}`);
  }
} finally {
  await chrome.kill();
}
process.exit(failed ? 2 : 0);
