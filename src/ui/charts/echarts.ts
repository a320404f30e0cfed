/** ECharts, tree-shaken to what the app draws (pie/donut, SVG renderer). Loaded lazily. */
import { PieChart } from 'echarts/charts';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([PieChart, SVGRenderer]);

export { init };
export type ECharts = ReturnType<typeof init>;
