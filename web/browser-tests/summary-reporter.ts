// Writes test-results/summary.json: each journey with its result and time, the accessibility checks, the
// time to first render of Today measured in the browser, and the size of the built bundle (web/dist).
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

type Journey = { name: string; ok: boolean; status: string; ms: number; error?: string };

const web = path.resolve(import.meta.dirname, '..');
const out = path.join(web, 'test-results');

export default class SummaryReporter implements Reporter {
  private readonly journeys: Journey[] = [];
  private readonly accessibility: Record<string, number> = {};
  private readonly figures: Record<string, number> = {};

  onTestEnd(test: TestCase, result: TestResult) {
    this.journeys.push({
      name: test.title,
      ok: result.status === 'passed',
      status: result.status,
      ms: result.duration,
      ...(result.error ? { error: (result.error.message ?? '').split('\n').slice(0, 6).join('\n') } : {}),
    });
    for (const { type, description } of result.annotations) {
      if (type.startsWith('axe:')) this.accessibility[type.slice(4)] = Number(description);
      if (type.startsWith('figure:')) this.figures[type.slice(7)] = Number(description);
    }
  }

  async onEnd(result: FullResult) {
    if (this.journeys.length === 0) return; // listed, not run
    const bundle = await bundleSize();
    const passed = this.journeys.filter((j) => j.ok).length;
    await mkdir(out, { recursive: true });
    const summary = {
      base: process.env.ORDO_URL,
      status: result.status,
      journeys: this.journeys,
      accessibility: this.accessibility,
      ...this.figures,
      bundle,
    };
    await writeFile(path.join(out, 'summary.json'), JSON.stringify(summary, null, 2));
    console.log(`\nbrowser journeys: ${passed}/${this.journeys.length} passed`);
    if (this.figures.todayFirstRenderMs !== undefined) {
      console.log(
        `time to first render of Today: ${this.figures.todayFirstRenderMs} ms after navigation start (DOMContentLoaded ${this.figures.todayDomContentLoadedMs} ms)`,
      );
    }
    if (bundle.js)
      console.log(
        `bundle: JS ${kb(bundle.js)} (${kb(bundle.jsGzip)} gzip), CSS ${kb(bundle.css)} (${kb(bundle.cssGzip)} gzip)`,
      );
    console.log(`screenshots, traces of failures and summary.json in ${path.relative(process.cwd(), out) || '.'}`);
  }
}

async function bundleSize() {
  const dir = path.join(web, 'dist/assets');
  const files = await readdir(dir).catch(() => []);
  const size = { js: 0, jsGzip: 0, css: 0, cssGzip: 0 };
  for (const f of files) {
    const bytes = await readFile(path.join(dir, f));
    if (f.endsWith('.js')) {
      size.js += bytes.length;
      size.jsGzip += gzipSync(bytes, { level: 9 }).length;
    } else if (f.endsWith('.css')) {
      size.css += bytes.length;
      size.cssGzip += gzipSync(bytes, { level: 9 }).length;
    }
  }
  return size;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
