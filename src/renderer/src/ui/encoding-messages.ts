/** The encoding picker's words, in both languages. */
export const encodingMessages = {
  zh: {
    pickerLabel: '文字编码',
    reread: '按此编码重新导入',
    reading: '正在重新读取…',
    damagedHeading: '可能用错了编码的文件',
    damagedHint: '这些文件里有无法识别的字符(显示为 �)。如果文字看起来是乱码,请选择正确的编码重新导入。',
    metaHint: '导入时有无法识别的字符。文字是乱码吗?选择编码重新导入:',
    replaced: '已按 {encoding} 重新读取《{name}》,替换了原来的文字(可撤销)。',
    importedNew: '《{name}》已有编码片段,原文档保持不变;按 {encoding} 读取的文字已作为新文档导入。',
    importedRefused: '已按 {encoding} 读取《{name}》并导入。',
    failed: '按 {encoding} 读取《{name}》失败:{reason}',
    stillDamaged: '按 {encoding} 读取后仍有无法识别的字符,请再换一种编码试试。',
    gone: '找不到原始文件,无法重新读取。',
  },
  en: {
    pickerLabel: 'Text encoding',
    reread: 'Re-import in this encoding',
    reading: 'Reading again…',
    damagedHeading: 'Files that may be in another encoding',
    damagedHint:
      'These files contain characters that could not be read (shown as �). If the text looks garbled, re-import it in the right encoding.',
    metaHint: 'Some characters could not be read on import. Is the text garbled? Re-import it in another encoding:',
    replaced: 'Re-read “{name}” as {encoding}; its text was replaced (undo restores it).',
    importedNew:
      '“{name}” already has coded segments, so it was kept; the text read as {encoding} was imported as a new document.',
    importedRefused: 'Read “{name}” as {encoding} and imported it.',
    failed: 'Reading “{name}” as {encoding} failed: {reason}',
    stillDamaged: 'Some characters still cannot be read as {encoding}: try another encoding.',
    gone: 'The original file is missing, so it cannot be read again.',
  },
} as const;

/** What the picker offers: the encodings Chinese reports come in (WHATWG labels, as the importer takes them). */
export const ENCODINGS = [
  { label: 'gb18030', name: 'GB18030 / GBK' },
  { label: 'big5', name: 'Big5' },
  { label: 'utf-8', name: 'UTF-8' },
  { label: 'utf-16le', name: 'UTF-16LE' },
  { label: 'utf-16be', name: 'UTF-16BE' },
] as const;

export type EncodingLabel = (typeof ENCODINGS)[number]['label'];
