/**
 * The slice of ECharts the mood timeline needs (stacked bars on a grid, SVG renderer), loaded
 * lazily by MoodTimeline so the first paint of the app does not wait for the charting library.
 * No legend or tooltip component: MoodTimeline draws both in HTML (smaller, and accessible).
 */
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, SVGRenderer]);

export { init };
