/**
 * Colours offered for codes: the Okabe–Ito set (the default codebook uses it too),
 * whose hues stay apart for the common colour-vision deficiencies, plus two calm extras.
 */
export interface PaletteColor {
  hex: string;
  zh: string;
  en: string;
}

export const CODE_PALETTE: readonly PaletteColor[] = [
  { hex: '#0072b2', zh: '蓝', en: 'Blue' },
  { hex: '#d55e00', zh: '朱红', en: 'Vermilion' },
  { hex: '#009e73', zh: '青绿', en: 'Bluish green' },
  { hex: '#e69f00', zh: '橙', en: 'Orange' },
  { hex: '#cc79a7', zh: '紫红', en: 'Reddish purple' },
  { hex: '#56b4e9', zh: '天蓝', en: 'Sky blue' },
  { hex: '#f0e442', zh: '黄', en: 'Yellow' },
  { hex: '#6f6a61', zh: '灰', en: 'Grey' },
  { hex: '#7b3fa0', zh: '紫', en: 'Purple' },
];
