export { default } from './BarChart';
export type { BarChartProps, BarChartSeries } from './BarChart';
