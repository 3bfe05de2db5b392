// A hand-written SVG line chart: lint latency (median) against draft size, both axes logarithmic.

export interface Series {
  name: string;
  color: string;
  dash?: string;
  points: { words: number; ms: number }[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
}

function label(v: number, unit: 'words' | 'ms'): string {
  if (unit === 'ms') {
    if (v >= 1000) return `${v / 1000} s`;
    if (v < 1) return `${v} ms`;
    return `${v} ms`;
  }
  if (v >= 1e6) return `${v / 1e6}M`;
  if (v >= 1e3) return `${v / 1e3}k`;
  return String(v);
}

export function latencyChart(series: Series[], title: string, subtitle: string): string {
  const W = 760;
  const H = 440;
  const m = { l: 84, r: 190, t: 58, b: 56 };
  const pw = W - m.l - m.r;
  const ph = H - m.t - m.b;
  const all = series.flatMap((s) => s.points).filter((p) => p.ms > 0 && p.words > 0);
  const xTicks = decades(Math.min(...all.map((p) => p.words)), Math.max(...all.map((p) => p.words)));
  const yTicks = decades(Math.min(...all.map((p) => p.ms)), Math.max(...all.map((p) => p.ms)));
  const [x0, x1] = [Math.log10(xTicks[0]), Math.log10(xTicks.at(-1)!)];
  const [y0, y1] = [Math.log10(yTicks[0]), Math.log10(yTicks.at(-1)!)];
  const X = (v: number) => m.l + ((Math.log10(v) - x0) / (x1 - x0 || 1)) * pw;
  const Y = (v: number) => m.t + ph - ((Math.log10(v) - y0) / (y1 - y0 || 1)) * ph;
  const f = (n: number) => n.toFixed(1);

  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif" font-size="12">`);
  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  parts.push(`<text x="${m.l}" y="24" font-size="16" font-weight="600" fill="#111">${esc(title)}</text>`);
  parts.push(`<text x="${m.l}" y="42" fill="#555">${esc(subtitle)}</text>`);
  // Grid and ticks.
  for (const t of xTicks) {
    parts.push(`<line x1="${f(X(t))}" y1="${m.t}" x2="${f(X(t))}" y2="${m.t + ph}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${f(X(t))}" y="${m.t + ph + 18}" text-anchor="middle" fill="#333">${label(t, 'words')}</text>`);
  }
  for (const t of yTicks) {
    parts.push(`<line x1="${m.l}" y1="${f(Y(t))}" x2="${m.l + pw}" y2="${f(Y(t))}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${m.l - 8}" y="${f(Y(t) + 4)}" text-anchor="end" fill="#333">${label(t, 'ms')}</text>`);
  }
  parts.push(`<rect x="${m.l}" y="${m.t}" width="${pw}" height="${ph}" fill="none" stroke="#999"/>`);
  parts.push(`<text x="${m.l + pw / 2}" y="${H - 14}" text-anchor="middle" fill="#111">draft size (words, log scale)</text>`);
  parts.push(`<text transform="translate(16 ${m.t + ph / 2}) rotate(-90)" text-anchor="middle" fill="#111">median lint latency (log scale)</text>`);
  // Lines and points.
  series.forEach((s, i) => {
    const pts = s.points.filter((p) => p.ms > 0).sort((a, b) => a.words - b.words);
    if (!pts.length) return;
    const d = pts.map((p, k) => `${k ? 'L' : 'M'}${f(X(p.words))},${f(Y(p.ms))}`).join(' ');
    parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    for (const p of pts) parts.push(`<circle cx="${f(X(p.words))}" cy="${f(Y(p.ms))}" r="3.5" fill="${s.color}"><title>${esc(`${s.name}: ${p.words} words, ${p.ms.toPrecision(3)} ms`)}</title></circle>`);
    const ly = m.t + 10 + i * 22;
    parts.push(`<line x1="${m.l + pw + 16}" y1="${ly}" x2="${m.l + pw + 44}" y2="${ly}" stroke="${s.color}" stroke-width="2.2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    parts.push(`<text x="${m.l + pw + 50}" y="${ly + 4}" fill="#111">${esc(s.name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
