// The only file that imports ECharts, and only through echarts/core with the pieces the charts use, so the
// library (≈ 150 kB gzip even trimmed) loads with the first chart, never with the log-in page or the menu.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

use([BarChart, LineChart, GridComponent, TooltipComponent, LegendPlainComponent, CanvasRenderer]);

/** Props of {@link EChart}. */
export type EChartProps = {
  option: EChartsCoreOption;
  height: number;
  /** What the chart shows, for screen readers (the same figures are in a table next to it). */
  label: string;
  testId?: string;
};

/** An ECharts chart in a `role="img"` box that follows its container's width. Default export, for `lazy()`. */
export default function EChart({ option, height, label, testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} data-testid={testId} />;
}
