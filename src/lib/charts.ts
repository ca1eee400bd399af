/**
 * Static SVG charts computed at build time with d3-scale and d3-shape: scales, ticks and paths
 * come from the library, not from hand-written arithmetic.
 */
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

export const CHART = {
  width: 640,
  height: 320,
  margin: { top: 16, right: 16, bottom: 40, left: 72 },
} as const;

/** A horizontal bar chart: one bar per item, longest first as given. */
export function barChart<T extends { label: string; value: number }>(items: readonly T[]) {
  const { width, margin } = CHART;
  const height = margin.top + margin.bottom + items.length * 28;
  const x = scaleLinear()
    .domain([0, Math.max(1, ...items.map((i) => i.value))])
    .nice()
    .range([margin.left + 80, width - margin.right - 56]);
  const y = scaleBand()
    .domain(items.map((i) => i.label))
    .range([margin.top, height - margin.bottom])
    .padding(0.2);
  return {
    width,
    height,
    bars: items.map((item) => ({
      ...item,
      x: x(0),
      y: y(item.label) ?? 0,
      width: x(item.value) - x(0),
      height: y.bandwidth(),
      labelY: (y(item.label) ?? 0) + y.bandwidth() / 2,
    })),
    ticks: x.ticks(5).map((value) => ({ value, x: x(value) })),
    axisY: height - margin.bottom,
  };
}

/** A line chart of several series over the same ordered periods. */
export function lineChart(
  periods: readonly string[],
  series: readonly { name: string; values: readonly number[] }[],
) {
  const { width, height, margin } = CHART;
  const x = scalePoint()
    .domain(periods)
    .range([margin.left, width - margin.right])
    .padding(0.3);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...series.flatMap((s) => s.values))])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const path = line<number>()
    .x((_, i) => x(periods[i] ?? '') ?? 0)
    .y((v) => y(v));
  return {
    width,
    height,
    lines: series.map((s) => ({
      name: s.name,
      d: path([...s.values]) ?? '',
      points: s.values.map((v, i) => ({ x: x(periods[i] ?? '') ?? 0, y: y(v), value: v })),
    })),
    xTicks: periods.map((p) => ({ label: p, x: x(p) ?? 0 })),
    yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    left: margin.left,
    right: width - margin.right,
    bottom: height - margin.bottom,
  };
}
