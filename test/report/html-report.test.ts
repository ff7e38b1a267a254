import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportTables } from '../../src/engine/report-tables.js';
import { escapeHtml, renderHtmlReport } from '../../src/render/html-report.js';
import { awkwardEvaluation, cli, data, newDir, noStackTrace, rules, shortSha256 } from './support.js';

/** Debian's chromium package. The browser tests fail, never skip, without it: .ci/run installs it. */
const CHROMIUM = '/usr/bin/chromium';

/**
 * Headless Chromium on a local page: a fresh profile, no sandbox (CI runs as
 * root in a container), and nothing that would reach the network.
 */
function chromium(...args: string[]): { stdout: string; stderr: string; status: number | null; ms: number } {
  const profile = mkdtempSync(join(tmpdir(), 'rules-engine-chromium-'));
  const started = Date.now();
  const result = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
  );
  return { stdout: result.stdout, stderr: result.stderr, status: result.status, ms: Date.now() - started };
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

let page: string;
let html: string;
let run: ReturnType<typeof cli>;

beforeAll(() => {
  page = join(newDir(), 'report.html');
  run = cli('report', '--rules', rules, data, '--format', 'html', '--out', page);
  html = readFileSync(page, 'utf8');
});

describe('report --format html: the page as written', () => {
  it('is written with exit code 0', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`提示 N603：已写入 ${page}`);
    noStackTrace(run.stderr);
  });

  it('is one Chinese UTF-8 page that loads nothing from elsewhere', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\b(src|href)=/i);
    // The only URL is the SVG namespace, which is a name, never fetched.
    expect(html.match(/https?:\/\/[^"\s]+/g)).toEqual(['http://www.w3.org/2000/svg', 'http://www.w3.org/2000/svg']);
  });

  it('names both files with their sha256 prefixes', () => {
    expect(html).toContain('<dt>规则文件</dt><dd>rules/2021-changsha-furong.yaml</dd>');
    expect(html).toContain(`<dt>规则文件 sha256</dt><dd>${shortSha256(rules)}</dd>`);
    expect(html).toContain('<dt>数据文件</dt><dd>examples/2021-07-furong.csv</dd>');
    expect(html).toContain('<dt>单位数</dt><dd>48</dd>');
    expect(html).toContain(`<dt>数据文件 sha256</dt><dd>${shortSha256(data)}</dd>`);
  });

  it('can go to standard output', () => {
    const printed = cli('report', '--rules', rules, data, '--format', 'html');
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(html);
  });
});

describe('report --format html in headless Chromium', () => {
  it('is installed (apt-get install -y chromium; .ci/run does it)', () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`).toBe(true);
  });

  it('renders the four tables, the provenance and one bar per ranked unit', () => {
    const dom = chromium('--dump-dom', pathToFileURL(page).href);
    console.info(`chromium --dump-dom: ${dom.ms} ms`);
    expect(dom.status, dom.stderr).toBe(0);
    const rendered = dom.stdout;

    expect(count(rendered, /<table[\s>]/g)).toBe(4);
    expect(count(rendered, /<caption>/g)).toBe(4);
    expect(rendered).toContain('<caption>满意度低于97%的单位</caption>');
    expect(rendered).toContain('<td>马坡岭街道办事处</td>');
    // 马坡岭's row in the street table, as the browser parsed it: the 98.18% rate, 63.5 and rank 13.
    const streetTable = rendered.split('<table>')[3]!;
    expect(streetTable).toContain('<caption>芙蓉区12345政务热线成员单位工单办理主要考核指标综合得分排行榜 一、街道</caption>');
    const row = streetTable.split('<tr>').find((r) => r.startsWith('<td>马坡岭街道办事处</td>'))!;
    expect(row).toContain('<td class="num">98.18%</td>');
    expect(row).toContain('<td class="num">63.5</td><td class="num">13</td></tr>');
    expect(rendered).toContain(shortSha256(rules));
    expect(rendered).toContain(shortSha256(data));

    // One chart per group: 14 street offices and 34 departments, one bar each, in rank order.
    expect(count(rendered, /<svg [^>]*class="chart"/g)).toBe(2);
    expect(count(rendered, /<rect class="bar"/g)).toBe(48);
    const charts = rendered.split('<svg ').slice(1);
    expect(count(charts[0]!, /<rect class="bar"/g)).toBe(14);
    expect(count(charts[1]!, /<rect class="bar"/g)).toBe(34);
    const ranks = [...charts[0]!.matchAll(/data-rank="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ranks).toEqual([1, 1, 1, 1, 5, 6, 7, 8, 8, 10, 11, 12, 13, 14]);
    expect(charts[0]).toContain('data-unit="马坡岭街道办事处" data-rank="13" data-total="63.5"');
  });

  it('draws bars to scale from 0 to the full score of 70', () => {
    const charts = html.split('<svg ').slice(1);
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      const bars = [...chart.matchAll(/data-unit="([^"]+)" data-rank="\d+" data-total="([^"]+)">[\s\S]*?<rect class="bar" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)];
      // The 70 gridline marks the full length of a bar.
      const [, x70] = /<line class="grid" x1="([\d.]+)"[^>]*\/><text class="axis" x="[\d.]+" y="[\d.]+" text-anchor="middle">70<\/text>/.exec(chart)!;
      const left = Number(bars[0]![3]);
      const plot = Number(x70) - left;
      for (const [, unit, total, x, width] of bars) {
        expect(Number(x), unit).toBe(left);
        expect(Math.abs(Number(width) - (plot * Number(total)) / 70), unit).toBeLessThan(0.1);
      }
    }
    const mapoling = /data-unit="马坡岭街道办事处"[\s\S]*?<title>13 马坡岭街道办事处：63.5<\/title>/.exec(html);
    expect(mapoling).not.toBeNull();
  });

  it('takes a screenshot: a 1200 × 2000 PNG of some size', () => {
    const png = join(newDir(), 'report.png');
    const shot = chromium(`--screenshot=${png}`, '--window-size=1200,2000', pathToFileURL(page).href);
    console.info(`chromium --screenshot: ${shot.ms} ms`);
    expect(shot.status, shot.stderr).toBe(0);
    expect(existsSync(png)).toBe(true);
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 2000]);
    // A blank 1200 × 2000 page compresses to a few kilobytes; tables and text take far more.
    expect(statSync(png).size).toBeGreaterThan(50_000);
  });

  it('shows text from the data as text, never as markup', () => {
    const evaluation = awkwardEvaluation();
    const file = join(newDir(), 'awkward.html');
    const text = renderHtmlReport(evaluation, reportTables(evaluation));
    writeFileSync(file, text);
    expect(text).not.toContain('<script>');
    expect(text).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(text).toContain('data-unit="A&amp;B &quot;q&quot; &#39;x&#39;"');

    const dom = chromium('--dump-dom', pathToFileURL(file).href);
    expect(dom.status, dom.stderr).toBe(0);
    expect(count(dom.stdout, /<script/g)).toBe(0);
    expect(dom.stdout).toContain('<caption>标题 | &lt;b&gt;粗&lt;/b&gt; &amp; "引号"<span class="note">说明 | *注*</span></caption>');
    expect(dom.stdout).toContain('<td>甲|乙</td>');
    expect(count(dom.stdout, /<rect class="bar"/g)).toBe(3);
  });
});

describe('HTML escaping', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
