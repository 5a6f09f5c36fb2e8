/**
 * UI languages: Chinese and English, following the system language, switchable.
 *
 * Each feature keeps its own messages next to its code (`messages.ts` exporting
 * `defineMessages({ zh: {...}, en: {...} })`) and reads them with `useT(messages)`.
 * The English and Chinese tables must have the same keys (checked by the type).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

type Table = Record<string, string>;
export interface Messages<K extends string> {
  zh: Record<K, string>;
  en: Record<K, string>;
}

/** Declare a feature's messages; both languages must define the same keys. */
export function defineMessages<T extends Table>(m: { zh: T; en: Record<keyof T, string> }): Messages<keyof T & string> {
  return m as Messages<keyof T & string>;
}

/** Pick the UI language from the system's preferred languages. */
export function langFromLocales(locales: readonly string[]): Lang {
  for (const l of locales) {
    const lower = l.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Fill `{name}` placeholders. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

const LANG_KEY = 'fazhi.lang';

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangState>({ lang: 'en', setLang: () => undefined });

function storedLang(): Lang | null {
  try {
    const v = localStorage.getItem(LANG_KEY);
    return v === 'zh' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

export function LangProvider({ systemLocales, children }: { systemLocales: readonly string[]; children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => storedLang() ?? langFromLocales(systemLocales));
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_KEY, next);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this session.
    }
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return useContext(LangContext);
}

export type TFunction<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/** Translate with a feature's messages in the current language. */
export function useT<K extends string>(messages: Messages<K>): TFunction<K> {
  const { lang } = useLang();
  return useCallback(
    (key: K, params?: Record<string, string | number>) => format(messages[lang][key], params),
    [lang, messages],
  );
}
