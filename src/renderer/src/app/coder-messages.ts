import { defineMessages } from '../i18n/i18n';

export const coderMessages = defineMessages({
  zh: {
    ok: '确定',
    cancel: '取消',
    required: '每个编码都记录编码员，请先输入姓名（以后可在顶栏修改）。',
  },
  en: {
    ok: 'OK',
    cancel: 'Cancel',
    required: 'Every coding records its coder: enter a name first (you can change it later in the top bar).',
  },
});
