// Small SVG plots for the page: a line over blocks and labelled bars. They return SVG
// markup built from numbers only (labels are escaped), so no plotting library is needed.

const W = 560;
const H = 160;
const PAD = { left: 48, right: 12, top: 12, bottom: 26 };

export function escapeHtml (s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function ticks (min, max, n) {
  if (max === min) return [min];
  return Array.from({ length: n + 1 }, (_, i) => min + ((max - min) * i) / n);
}

const fmt = (v) => (Math.abs(v) >= 100 || Number.isInteger(v) ? Math.round(v).toString() : v.toFixed(1));

/**
 * A line through `points` (`[[x, y]]`, x ascending). `yMin`/`yMax` fix the y range
 * (else it fits the data); `xLabel` and `yLabel` name the axes.
 */
export function linePlot (points, { yMin, yMax, xLabel = 'block', yLabel = '', id = '' } = {}) {
  if (!points.length) return `<p class="empty" data-plot="${escapeHtml(id)}">no data yet</p>`;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs) === x0 ? x0 + 1 : Math.max(...xs);
  const y0 = yMin ?? Math.min(0, ...ys);
  const y1 = yMax ?? (Math.max(...ys) === y0 ? y0 + 1 : Math.max(...ys));
  const sx = (x) => PAD.left + ((x - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const sy = (y) => H - PAD.bottom - ((y - y0) / (y1 - y0)) * (H - PAD.top - PAD.bottom);
  const path = points.map(([x, y], i) => `${i ? 'L' : 'M'}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ');
  const yt = ticks(y0, y1, 4).map((v) => `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${sy(v)}" y2="${sy(v)}" class="grid"/><text x="${PAD.left - 6}" y="${sy(v) + 4}" text-anchor="end">${fmt(v)}</text>`).join('');
  const xt = ticks(x0, x1, 4).map((v) => `<text x="${sx(v)}" y="${H - 8}" text-anchor="middle">${Math.round(v)}</text>`).join('');
  const dots = points.length <= 60 ? points.map(([x, y]) => `<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="2.5"/>`).join('') : '';
  return `<svg class="plot" data-plot="${escapeHtml(id)}" data-points="${points.length}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(yLabel)} by ${escapeHtml(xLabel)}">` +
    `${yt}${xt}<path d="${path}" class="line"/>${dots}` +
    `<text x="${W - PAD.right}" y="${PAD.top + 2}" text-anchor="end" class="label">${escapeHtml(yLabel)} (x: ${escapeHtml(xLabel)})</text></svg>`;
}

/** Horizontal bars: `[{ label, value, max }]`, each filled to value/max, with `text` beside. */
export function barPlot (bars, { id = '', text = (b) => `${fmt(b.value)} / ${fmt(b.max)}` } = {}) {
  if (!bars.length) return `<p class="empty" data-plot="${escapeHtml(id)}">no data yet</p>`;
  const row = 22;
  const h = bars.length * row + 8;
  const inner = W - 170 - 150;
  const body = bars.map((b, i) => {
    const share = b.max > 0 ? Math.min(1, b.value / b.max) : 0;
    const y = 4 + i * row;
    return `<text x="0" y="${y + 14}">${escapeHtml(b.label)}</text>` +
      `<rect x="170" y="${y + 3}" width="${inner}" height="14" class="track"/>` +
      `<rect x="170" y="${y + 3}" width="${(inner * share).toFixed(1)}" height="14" class="fill"/>` +
      `<text x="${170 + inner + 8}" y="${y + 14}">${escapeHtml(text(b))}</text>`;
  }).join('');
  return `<svg class="plot" data-plot="${escapeHtml(id)}" data-points="${bars.length}" viewBox="0 0 ${W} ${h}" role="img">${body}</svg>`;
}
