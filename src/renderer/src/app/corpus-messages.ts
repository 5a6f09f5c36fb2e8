import { defineMessages } from '../i18n/i18n';

export const corpusMessages = defineMessages({
  zh: {
    search: '检索',
    segments: '编码片段',
    matrix: '矩阵',
    charts: '图表',
    exported: '已导出 {name}',
  },
  en: {
    search: 'Search',
    segments: 'Segments',
    matrix: 'Matrix',
    charts: 'Charts',
    exported: 'Exported {name}',
  },
});
