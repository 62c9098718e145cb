// <cd-chart>: a thin wrapper of Chart.js 4 for the Flow component ChartCanvas (dashboard). The server sets the
// figures as JSON in the "data-figure" attribute (labels, series of values and per-point notes, kind, axis titles);
// the element draws them on a canvas in the Lumo theme's colours, read from CSS custom properties at draw time, and
// draws again when the figures change or the page switches between light and dark.
import {
  Chart, BarController, LineController, BarElement, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend,
} from 'chart.js';

Chart.register(BarController, LineController, BarElement, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

// The series colours: Lumo colours first (--cd-chart-1 … --cd-chart-8 in styles.css), resolved by the browser.
const PALETTE_SIZE = 8;

class CdChart extends HTMLElement {
  static get observedAttributes() {
    return ['data-figure'];
  }

  constructor() {
    super();
    this._chart = null;
    this._themeObserver = null;
    this._media = null;
    this._onScheme = () => this._draw();
  }

  connectedCallback() {
    if (!this._canvas) {
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.appendChild(this._canvas);
    }
    this._themeObserver = new MutationObserver(() => this._draw());
    this._themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'class', 'style'] });
    this._media = window.matchMedia('(prefers-color-scheme: dark)');
    this._media.addEventListener('change', this._onScheme);
    this._draw();
  }

  disconnectedCallback() {
    if (this._themeObserver) this._themeObserver.disconnect();
    if (this._media) this._media.removeEventListener('change', this._onScheme);
    if (this._chart) this._chart.destroy();
    this._chart = null;
  }

  attributeChangedCallback() {
    if (this.isConnected) this._draw();
  }

  // A CSS colour (custom property, color-mix, light-dark …) as the browser resolves it, for the canvas.
  _resolve(value, fallback) {
    const probe = document.createElement('span');
    probe.style.display = 'none';
    probe.style.color = value;
    this.appendChild(probe);
    const resolved = getComputedStyle(probe).color;
    probe.remove();
    return resolved || fallback;
  }

  _figure() {
    try {
      return JSON.parse(this.getAttribute('data-figure') || 'null');
    } catch (e) {
      return null;
    }
  }

  _draw() {
    const figure = this._figure();
    if (!figure || !this._canvas) return;
    const text = this._resolve('var(--lumo-body-text-color)', '#1a1a1a');
    const secondary = this._resolve('var(--lumo-secondary-text-color)', '#666');
    const grid = this._resolve('var(--lumo-contrast-10pct)', 'rgba(0,0,0,0.1)');
    const colours = [];
    for (let i = 1; i <= PALETTE_SIZE; i++) colours.push(this._resolve(`var(--cd-chart-${i})`, '#1d4ed8'));
    const line = figure.kind === 'LINE';
    const stacked = figure.kind === 'STACKED_BAR';
    const datasets = figure.series.map((s, i) => ({
      label: s.name,
      data: s.values,
      notes: s.notes,
      backgroundColor: colours[i % colours.length],
      borderColor: colours[i % colours.length],
      borderWidth: line ? 2 : 0,
      spanGaps: false,
      pointRadius: line ? 3 : undefined,
    }));
    const config = {
      type: line ? 'line' : 'bar',
      data: { labels: figure.labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        color: text,
        scales: {
          x: { stacked, title: { display: true, text: figure.xTitle, color: secondary }, ticks: { color: secondary }, grid: { color: grid } },
          y: {
            stacked, beginAtZero: true, max: figure.yTitle.includes('%') ? 100 : undefined,
            title: { display: true, text: figure.yTitle, color: secondary }, ticks: { color: secondary, precision: 0 }, grid: { color: grid },
          },
        },
        plugins: {
          legend: { display: datasets.length > 1, labels: { color: text } },
          tooltip: {
            callbacks: {
              afterLabel: (item) => {
                const notes = item.dataset.notes;
                return notes && notes.length > item.dataIndex ? notes[item.dataIndex] : '';
              },
            },
          },
        },
      },
    };
    this._canvas.setAttribute('aria-label', figure.title + ': the table behind "Show data" holds the figures.');
    if (this._chart) this._chart.destroy();
    this._chart = new Chart(this._canvas, config);
  }
}

customElements.define('cd-chart', CdChart);
