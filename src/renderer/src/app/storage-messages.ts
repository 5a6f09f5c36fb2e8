import { defineMessages } from '../i18n/i18n';

/** Storage failures (storage/errors.ts), explained with what to do next; the work already saved is safe. */
export const storageMessages = defineMessages({
  zh: {
    'storage-closed':
      '项目数据库已被关闭或删除(例如清除了浏览器数据,或在另一个窗口中删除了项目),刚才的操作没有保存。此前已保存的工作不受影响。请重新加载页面后再试;若项目已不在,请用“打开项目”恢复最近的 .fazhi 备份。',
    'storage-full':
      '磁盘空间不足,刚才的操作没有保存。此前已保存的工作不受影响。请释放磁盘空间后重试,并尽快导出一份 .fazhi 备份。',
    'storage-unavailable':
      '浏览器不允许本应用保存数据(例如无痕模式或存储被设置禁止),刚才的操作没有保存。请在普通窗口中打开本应用,或在浏览器设置中允许本网站存储数据。',
  },
  en: {
    'storage-closed':
      'The project database was closed or deleted (browser data cleared, or the project deleted in another window), so the last action was not saved. Work saved before it is safe. Reload the page and try again; if the project is gone, restore your latest .fazhi backup with "Open project".',
    'storage-full':
      'The disk is full, so the last action was not saved. Work saved before it is safe. Free some disk space and try again, and export a .fazhi backup soon.',
    'storage-unavailable':
      'The browser does not let this app store data (private mode, or storage blocked in its settings), so the last action was not saved. Open the app in a normal window, or allow this site to store data in the browser settings.',
  },
});
