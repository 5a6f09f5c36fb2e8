import { defineMessages } from '../i18n/i18n';

/** The reader's header and its place-keeping (app/reader-header.tsx). */
export const readerMessages = defineMessages({
  zh: {
    headerLabel: '当前报告',
    untitled: '（无标题）',
    yearReported: '{year} 年度',
    noYear: '年度未填',
    noGovernment: '地区未填',
    length: '{n} 字',
    copy: '副本',
    copyOf: '这是“{title}”的副本：数据集只计原件一次',
    copyOfUnknown: '这是另一份报告的副本（原件已不在项目中）',
    fileName: '文件：{name}',
  },
  en: {
    headerLabel: 'Open report',
    untitled: '(untitled)',
    yearReported: 'year {year}',
    noYear: 'no year',
    noGovernment: 'no region',
    length: '{n} characters',
    copy: 'Copy',
    copyOf: 'A copy of “{title}”: datasets count the original once',
    copyOfUnknown: 'A copy of another report (the original is no longer in the project)',
    fileName: 'File: {name}',
  },
});
