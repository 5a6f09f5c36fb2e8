import { defineMessages } from '../i18n/i18n';

export const analysisMessages = defineMessages({
  zh: {
    panel: '面板',
    plans: '计划落实',
    reuse: '雷同段落',
    exported: '已导出 {file}',
    failed: '分析失败：{message}',
  },
  en: {
    panel: 'Panel',
    plans: 'Plans',
    reuse: 'Copied passages',
    exported: 'Exported {file}',
    failed: 'The analysis failed: {message}',
  },
});
