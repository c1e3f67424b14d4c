import { chromium } from 'playwright-core';
import { chromiumPath } from '../scripts/chromium-path.mjs';
const [,, src, out, y, h] = process.argv;
const b = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox','--headless=new'] });
const p = await b.newPage({ viewport: { width: 1185, height: Number(h) } });
await p.setContent(`<body style="margin:0"><img src="data:image/png;base64,${(await import('node:fs')).readFileSync(src).toString('base64')}" style="display:block;margin-top:-${y}px"></body>`);
await p.screenshot({ path: out });
await b.close();
