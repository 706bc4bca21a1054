import escapeHtml from 'escape-html';

/** HTML in which every value put into it was escaped; only `html` makes one. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString() {
    return this.markup;
  }
}

/** What a template may put into HTML: text and numbers (escaped), markup made by `html`, lists of them. */
type HtmlValue = SafeHtml | string | number | null | undefined | readonly HtmlValue[];

const rendered = (value: HtmlValue): string => {
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(rendered).join('');
  return value === null || value === undefined ? '' : escapeHtml(String(value));
};

/**
 * An HTML template literal: each value is escaped, so a name such as
 * `<script>` arrives as text; a nested `html` template (or a list of them)
 * is kept as the markup it already is.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  return new SafeHtml(
    strings.reduce((markup, part, index) => markup + rendered(values[index - 1]) + part),
  );
}
