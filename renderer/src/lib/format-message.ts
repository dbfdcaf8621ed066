/**
 * Fills a message's `{name}` placeholders. `{name|one|other}` picks a word by the plural
 * rules of the locale for the number in `name` (`{count} {count|document|documents}`), so
 * English says "1 document", "2 documents"; Chinese messages need no such forms.
 */
export function formatMessage(template: string, params: Record<string, string | number>, locale: string): string {
  const rules = new Intl.PluralRules(locale);
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, key: string, one: string | undefined, other: string | undefined) => {
    if (!(key in params)) return whole;
    const value = params[key]!;
    if (one === undefined || other === undefined) return String(value);
    return rules.select(typeof value === 'number' ? value : Number(String(value).replace(/,/g, ''))) === 'one' ? one : other;
  });
}
