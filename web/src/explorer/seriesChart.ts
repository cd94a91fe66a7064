import { Chart, LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, ScatterController } from 'chart.js';
import type { Series } from './api';
import { translate, type Language } from './i18n';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, ScatterController);

const statusLook: Record<string, { colour: string; dash: number[]; point: 'circle' | 'rectRot' | 'triangle' }> = {
  actual: { colour: '#1f77b4', dash: [], point: 'circle' },
  estimate: { colour: '#ff7f0e', dash: [6, 4], point: 'rectRot' },
  target: { colour: '#2ca02c', dash: [2, 3], point: 'triangle' },
};

/** One dataset per status, so that actual, estimate and target are drawn apart. */
export function seriesDatasets(series: Series, language: Language) {
  const statuses = ['actual', 'estimate', 'target'] as const;
  return statuses
    .map(status => ({ status, points: series.points.filter(p => (p.status ?? 'actual') === status && p.year != null && p.value != null) }))
    .filter(s => s.points.length > 0)
    .map(({ status, points }) => ({
      label: translate(language, status),
      data: points.map(p => ({ x: Number(p.year), y: Number(p.value) })),
      borderColor: statusLook[status].colour,
      backgroundColor: statusLook[status].colour,
      borderDash: statusLook[status].dash,
      pointStyle: statusLook[status].point,
      pointRadius: 5,
      showLine: true,
    }));
}

export function drawSeries(canvas: HTMLCanvasElement, series: Series, language: Language): Chart {
  return new Chart(canvas, {
    type: 'scatter',
    data: { datasets: seriesDatasets(series, language) },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { labels: { boxWidth: 10, font: { size: 10 } } } },
      scales: {
        x: { type: 'linear', ticks: { stepSize: 1, callback: v => String(v) } },
        y: { beginAtZero: true, title: { display: !!series.points[0]?.unit, text: series.points[0]?.unit ?? '' } },
      },
    },
  });
}
