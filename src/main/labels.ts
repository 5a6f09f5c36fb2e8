/**
 * The few texts the main process shows itself (menu, dialog titles), in the
 * system's language. The renderer has its own i18n; this only covers native UI.
 */
export type Lang = 'zh' | 'en';

/** Chinese if the most preferred system language is Chinese, else English. */
export function pickLanguage(locales: readonly string[]): Lang {
  return locales[0]?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const en = {
  file: 'File',
  importFiles: 'Import Files…',
  importFolder: 'Import Folder…',
  export: 'Export…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  devTools: 'Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Full Screen',
  help: 'Help',
  about: 'About Fazhi Coder',
  reports: 'Reports (TXT, HTML, DOCX, PDF)',
  openProject: 'Open Project File…',
  projects: 'Project files (.fazhi, .qdpx, .qdc)',
  allFiles: 'All Files',
  exportTitle: 'Export',
};

export type Labels = typeof en;

const zh: Labels = {
  file: '文件',
  importFiles: '导入文件…',
  importFolder: '导入文件夹…',
  export: '导出…',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  reload: '重新加载',
  devTools: '开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  fullScreen: '全屏',
  help: '帮助',
  about: '关于法治编码',
  reports: '报告（TXT、HTML、DOCX、PDF）',
  openProject: '打开项目文件…',
  projects: '项目文件（.fazhi、.qdpx、.qdc）',
  allFiles: '所有文件',
  exportTitle: '导出',
};

export function labelsFor(lang: Lang): Labels {
  return lang === 'zh' ? zh : en;
}
