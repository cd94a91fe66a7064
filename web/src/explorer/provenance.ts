import type { Provenance } from './graph';
import { translate, type Language } from './i18n';

/** "d004:p13#t2.1" → "第 13 段" / "paragraph 13"; a reference locator's key stays as it is. */
export function describeLocator(locator: string, language: Language): string {
  const anchor = locator.slice(locator.indexOf(':') + 1);
  const paragraph = /^p(\d+)/.exec(anchor);
  if (!paragraph) return anchor;
  return language === 'zh' ? `第 ${paragraph[1]} ${translate(language, 'paragraph')}` : `${translate(language, 'paragraph')} ${paragraph[1]}`;
}

export function describeSource(source: Provenance, language: Language): { title: string; where: string; kind: string } {
  const doc = source.document;
  const title = (language === 'en' ? doc?.titleEn ?? doc?.title : doc?.title ?? doc?.titleEn) ?? doc?.id ?? source.locator.split(':')[0];
  return {
    title,
    where: describeLocator(source.locator, language),
    kind: translate(language, source.kind === 'DOCUMENT' ? 'documentFact' : 'referenceFact'),
  };
}

/** Stored bookkeeping that is shown elsewhere in the panel or not at all. */
const bookkeeping = new Set(['id', 'kind', 'name', 'aliases', 'aliasScripts', 'sources', 'seedVersion', 'origin', 'updatedBy', 'updatedAt']);

export function typedProperties(properties: Record<string, unknown>): [string, string][] {
  return Object.entries(properties)
    .filter(([name, value]) => !bookkeeping.has(name) && value !== null && value !== undefined && value !== '')
    .map(([name, value]) => [name, Array.isArray(value) ? value.join('、') : String(value)] as [string, string])
    .sort(([a], [b]) => a.localeCompare(b));
}
