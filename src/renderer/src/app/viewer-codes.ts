/** Codes as the viewer shows them: label in the UI language and the path from the root. */
import type { Code } from '../../../shared/model/project';
import type { Lang } from '../i18n/i18n';
import type { ViewerCode } from '../features/viewer';

export function codeLabel(code: Pick<Code, 'name' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && code.nameEn ? code.nameEn : code.name;
}

export function toViewerCodes(codes: readonly Code[], lang: Lang): ViewerCode[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const path = (code: Code): string => {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let c: Code | undefined = code; c && !seen.has(c.id); c = c.parentId ? byId.get(c.parentId) : undefined) {
      seen.add(c.id);
      names.unshift(codeLabel(c, lang));
    }
    return names.join(' / ');
  };
  return codes.map((c) => ({
    id: c.id,
    label: codeLabel(c, lang),
    color: c.color,
    shortcut: c.shortcut,
    path: path(c),
  }));
}
