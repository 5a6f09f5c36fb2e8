import { defineMessages } from '../i18n/i18n';

export const memosMessages = defineMessages({
  zh: {
    open: '备忘',
    openTitle: '项目备忘和全部备忘（{n} 条）',
    title: '备忘总览',
    project: '项目备忘',
    projectPlaceholder: '研究问题、抽样、编码规则的说明……',
    documents: '文档备忘',
    codes: '代码备忘',
    segments: '编码片段备忘',
    none: '暂无',
    openDocument: '打开',
    save: '保存项目备忘',
    close: '关闭',
    by: '{author} · {date}',
  },
  en: {
    open: 'Memos',
    openTitle: 'Project memo and all memos ({n})',
    title: 'All memos',
    project: 'Project memo',
    projectPlaceholder: 'Research questions, sampling, coding rules…',
    documents: 'Document memos',
    codes: 'Code memos',
    segments: 'Coded-segment memos',
    none: 'None yet',
    openDocument: 'Open',
    save: 'Save project memo',
    close: 'Close',
    by: '{author} · {date}',
  },
});
