/**
 * One line per thing a REFI-QDA file held that was not brought in, in the UI
 * language (the core gives a key and its names and numbers; its English `what:
 * reason` is what the CLI prints and the fallback for a line without a key).
 */
import type { Skipped, SkipKey } from '../../../shared/exchange/import-types';
import { defineMessages, format, type Lang } from '../i18n/i18n';

export const skippedMessages = defineMessages({
  zh: {
    'source-pdf': 'PDF 来源“{name}”：Fazhi Coder 只能编码文本来源',
    'source-picture': '图片来源“{name}”：Fazhi Coder 只能编码文本来源',
    'source-audio': '音频来源“{name}”：Fazhi Coder 只能编码文本来源',
    'source-video': '视频来源“{name}”：Fazhi Coder 只能编码文本来源',
    'source-other-kind': '{element} 来源“{name}”：Fazhi Coder 只能编码文本来源',
    'source-guid-twice': '文本来源“{name}”：它的 GUID 已被另一个来源使用',
    'source-no-guid': '文本来源“{name}”：没有 GUID',
    'source-outside': '文本来源“{name}”：正文不在压缩包内（{path}）',
    'source-file-missing': '文本来源“{name}”：压缩包缺少其正文文件 {file}',
    'source-no-text': '文本来源“{name}”：既无 plainTextPath 也无 PlainTextContent（只有富文本）',
    'source-codings': '“{name}”整份来源上的 {count} 个编码：Fazhi 编码的是文字片段，不是整份文档',
    'source-other-element': '“{name}”中的 {element}：不是文字选区',
    'selection-positions': '“{name}”中的选区 {guid}：位置 {start}–{end} 超出正文（{length} 个字）',
    'selection-uncoded': '“{name}”中的选区 {guid}：没有编码（Fazhi 只保存编码片段）',
    'coding-unknown-code': '“{name}”中选区 {guid} 的编码：所指编码不在编码本中',
    'variable-value': '“{name}”的变量“{variable}”：值“{value}”不符合该变量',
    'part-cases': '{count} 个个案（case）：个案不属于 Fazhi 项目',
    'part-sets': '{count} 个集合（set）：集合不属于 Fazhi 项目',
    'part-graphs': '{count} 张图（graph）：图不属于 Fazhi 项目',
    'part-links': '{count} 个链接（link）：对象之间的链接不属于 Fazhi 项目',
    'codebook-sets': '{count} 个集合（set）：集合不属于 Fazhi 编码本',
    'user-unused': '用户“{name}”：在这个文件里没有编码也没有备忘（编码员以姓名记在其工作上）',
    'code-no-guid': '编码“{name}”：没有 GUID',
    'code-guid-twice': '编码“{name}”：它的 GUID {guid} 用了两次',
  },
  en: {
    'source-pdf': 'PDF source “{name}”: only text sources can be coded in Fazhi Coder',
    'source-picture': 'Picture source “{name}”: only text sources can be coded in Fazhi Coder',
    'source-audio': 'Audio source “{name}”: only text sources can be coded in Fazhi Coder',
    'source-video': 'Video source “{name}”: only text sources can be coded in Fazhi Coder',
    'source-other-kind': '{element} “{name}”: only text sources can be coded in Fazhi Coder',
    'source-guid-twice': 'Text source “{name}”: its GUID is used by another source',
    'source-no-guid': 'Text source “{name}”: it has no GUID',
    'source-outside': 'Text source “{name}”: its text is outside the archive ({path})',
    'source-file-missing': 'Text source “{name}”: the archive lacks its text file {file}',
    'source-no-text': 'Text source “{name}”: it has neither plainTextPath nor PlainTextContent (rich text only)',
    'source-codings': '{count} coding(s) of the whole source “{name}”: Fazhi codes ranges of text, not whole documents',
    'source-other-element': '{element} in “{name}”: not a text selection',
    'selection-positions':
      'Selection {guid} in “{name}”: its positions {start}–{end} do not fit the text ({length} characters)',
    'selection-uncoded': 'Selection {guid} in “{name}”: it carries no coding (Fazhi keeps coded segments only)',
    'coding-unknown-code': 'Coding of selection {guid} in “{name}”: it refers to a code not in the codebook',
    'variable-value': 'Variable “{variable}” of “{name}”: the value “{value}” does not fit',
    'part-cases': '{count} cases: cases are not part of a Fazhi project',
    'part-sets': '{count} sets: sets are not part of a Fazhi project',
    'part-graphs': '{count} graphs: graphs are not part of a Fazhi project',
    'part-links': '{count} links: links between objects are not part of a Fazhi project',
    'codebook-sets': '{count} sets: sets are not part of a Fazhi codebook',
    'user-unused': 'User “{name}”: has no codings or memos in this file (coders are kept as names on their work)',
    'code-no-guid': 'Code “{name}”: it has no GUID',
    'code-guid-twice': 'Code “{name}”: its GUID {guid} is used twice',
  } satisfies Record<SkipKey, string>,
});

/** The line shown for one skipped item in `lang`. */
export function skippedLine(s: Skipped, lang: Lang): string {
  return s.key ? format(skippedMessages[lang][s.key], s.params) : `${s.what}: ${s.reason}`;
}
