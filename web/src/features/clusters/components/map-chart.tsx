// The only file of the clusters screens that imports ECharts (scatter on a plain grid, tooltip, canvas), loaded
// with lazy() by the map, so the library never ships with the list, the log-in page or the menu.
import { ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

use([ScatterChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Props of {@link MapChart}. */
export type MapChartProps = {
  option: EChartsCoreOption;
  /** Height over width of the drawing (the box's proportions). */
  aspect: number;
  label: string;
  /** Called with the `id` of the point clicked. */
  onSelect: (id: string) => void;
  testId?: string;
};

/** An ECharts scatter "map" in a `role="img"` box whose height follows its width. Default export, for `lazy()`. */
export default function MapChart({ option, aspect, label, onSelect, testId }: MapChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const size = () => {
      element.style.height = `${Math.round(Math.min(720, Math.max(320, element.clientWidth * aspect)))}px`;
    };
    size();
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.setOption(latest.current, { notMerge: true });
    instance.on('click', (params) => {
      const data = params.data as { id?: string } | undefined;
      if (data?.id) select.current(data.id);
    });
    const observer = new ResizeObserver(() => {
      size();
      instance.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [aspect]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%' }} data-testid={testId} />;
}
