/**
 * A line folded for matching portal labels and furniture in both scripts: the
 * traditional forms of the characters those labels use become simplified
 * (來源 → 来源, 發佈時間 → 发布时间, 已歸檔 → 已归档), one character for one,
 * so positions in the folded line are positions in the line as it stands.
 * Only matching uses it; the stored text keeps what the file has.
 */
const PAIRS =
  '來来發发佈布時时間间機机構构單单資资訊讯瀏浏覽览數数點点擊击閱阅讀读編编輯辑責责號号題题關关閉闭頁页歸归檔档訪访問问離离開开續续門门戶户網网簡简體体礙碍無无掃扫當当務务鏈链繼继圖图標标識识權权辦办屬属類类聯联們们導导級级這这將将請请條条後后為为選选據据區区縣县處处臺台號号報报設设見见辭辞總总簡简舉举會会議议範范隱隐私私載载碼码稱称備备護护術术覆覆轉转陸陆頻频欄栏產产圍围處处傳传際际鎮镇鄉乡廳厅內内務务統统計计視视窗窗';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i]!, PAIRS[i + 1]!);
const TRAD = new RegExp(`[${[...MAP.keys()].join('')}]`, 'g');
/** Which UTF-16 units are one of those traditional forms: most lines have none and are returned as they are. */
const IS_TRAD = new Uint8Array(0x10000);
for (const k of MAP.keys()) IS_TRAD[k.charCodeAt(0)] = 1;

export function foldLine(line: string): string {
  for (let i = 0; i < line.length; i++) {
    if (IS_TRAD[line.charCodeAt(i)]) return line.replace(TRAD, (c) => MAP.get(c) ?? c);
  }
  return line;
}
