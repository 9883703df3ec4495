import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const [,, input, output] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.setContent('<html><body><div id="out"></div></body></html>');
await page.addScriptTag({ content: readFileSync('/tmp/graph-layout-eval/node_modules/mermaid/dist/mermaid.min.js', 'utf8') });
const result = await page.evaluate(async (text) => {
  try {
    globalThis.mermaid.initialize({ startOnLoad: false });
    const { svg } = await globalThis.mermaid.render('g', text);
    document.getElementById('out').innerHTML = svg;
    return 'OK ' + svg.length;
  } catch (e) { return 'FAIL ' + e.message; }
}, readFileSync(input, 'utf8'));
console.log(input, result);
if (result.startsWith('OK')) await (await page.$('#out svg')).screenshot({ path: output });
await browser.close();
