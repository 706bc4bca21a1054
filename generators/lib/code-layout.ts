import { dirname, relative } from 'node:path';
import type { ProjectModule } from './contribution-entries.js';

/**
 * Template helpers that lay out the assembled TypeScript the way the
 * generated project's Prettier (`printWidth` 100, single quotes) does, so a
 * run formats nothing: loading a formatter was most of a generation's time.
 * `test/snapshot` runs the project's own `prettier --check` on every
 * combination to hold these to it.
 */
const printWidth = 100;

/**
 * A TypeScript string literal as Prettier writes it with `singleQuote`:
 * single quotes, unless the text holds more of them than double quotes.
 */
export function quote(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\');
  const singles = text.split("'").length - 1;
  const doubles = text.split('"').length - 1;
  return singles > doubles
    ? `"${escaped.replace(/"/g, '\\"')}"`
    : `'${escaped.replace(/'/g, "\\'")}'`;
}

/** The NodeNext import specifier of `module` in the file `from` (both project paths). */
export function importPath(from: string, module: ProjectModule): string {
  const path = relative(dirname(from), module).replace(/\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
}

const indentOf = (line: string) => /^ */.exec(line)![0];

/**
 * `open` + items + `close`, on one line when it fits, else one item a line
 * with a trailing comma: how Prettier prints arrays, imports and calls.
 */
export function list(open: string, items: readonly string[], close: string, pad = ''): string {
  const oneLine = `${open}${pad}${items.join(', ')}${pad}${close}`;
  if (items.length === 0 || oneLine.length <= printWidth) return oneLine;
  const indent = `${indentOf(open)}  `;
  return `${open}\n${items.map((item) => `${indent}${item},`).join('\n')}\n${indentOf(open)}${close}`;
}

/** A named export of a project module that a file imports; `type` for a type-only name. */
export interface ImportRef {
  name: string;
  from: ProjectModule;
  type?: boolean;
}

/**
 * The import declarations of `file` for `refs`: one per module, modules and
 * names sorted, a name imported once however many features name it. Each
 * ends its line; none at all is the empty string, so `<%- imports(...) -%>`
 * leaves no blank line.
 */
export function imports(file: string, refs: readonly ImportRef[]): string {
  const byModule = new Map<string, Set<string>>();
  for (const ref of refs) {
    const names = byModule.get(ref.from) ?? new Set<string>();
    names.add(ref.type ? `type ${ref.name}` : ref.name);
    byModule.set(ref.from, names);
  }
  const bare = (name: string) => name.replace(/^type /, '');
  return [...byModule]
    .map(([module, names]) => ({ specifier: importPath(file, module as ProjectModule), names }))
    .sort((a, b) => a.specifier.localeCompare(b.specifier))
    .map(({ specifier, names }) =>
      list(
        'import {',
        [...names].sort((a, b) => bare(a).localeCompare(bare(b))),
        `} from '${specifier}';`,
        ' ',
      ),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** Splits a member chain (`z.coerce.number().int()`) into its head and its calls. */
function chainParts(chain: string): { head: string; calls: string[] } {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let quoteChar: string | undefined;
  let inRegex = false;
  let inClass = false;
  for (let at = 0; at < chain.length; at += 1) {
    const char = chain[at]!;
    if (quoteChar || inRegex) {
      if (char === '\\') at += 1;
      else if (quoteChar && char === quoteChar) quoteChar = undefined;
      else if (inRegex && char === '[') inClass = true;
      else if (inRegex && char === ']') inClass = false;
      else if (inRegex && !inClass && char === '/') inRegex = false;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quoteChar = char;
    else if (char === '/' && /[(,[{:=!&|?]\s*$/.test(chain.slice(0, at))) inRegex = true;
    else if ('([{'.includes(char)) depth += 1;
    else if (')]}'.includes(char)) depth -= 1;
    else if (char === '.' && depth === 0) {
      parts.push(chain.slice(start, at));
      start = at;
    }
  }
  parts.push(chain.slice(start));
  const firstCall = parts.findIndex((part) => part.endsWith(')'));
  return { head: parts.slice(0, firstCall).join(''), calls: parts.slice(firstCall) };
}

/**
 * `key: chain,` inside an object, as Prettier prints a member chain: on one
 * line when it fits (and two calls always), else one call a line.
 */
export function chainProperty(indent: string, key: string, chain: string): string {
  const oneLine = `${indent}${key}: ${chain},`;
  const { head, calls } = chainParts(chain);
  const complexArguments = calls.length > 2 && calls.some((call) => call.includes('=>'));
  if (calls.length <= 2 || (oneLine.length <= printWidth && !complexArguments)) return oneLine;
  const callLine = (call: string, index: number) => {
    const line = `${indent}  ${call}${index === calls.length - 1 ? ',' : ''}`;
    // A call that still does not fit puts its one argument on a line of its own.
    const single = /^(\.\w+)\((.*)\)$/.exec(call);
    if (line.length <= printWidth || !single) return line;
    const end = index === calls.length - 1 ? ',' : '';
    return `${indent}  ${single[1]}(\n${indent}    ${single[2]},\n${indent}  )${end}`;
  };
  return `${indent}${key}: ${head}\n${calls.map(callLine).join('\n')}`;
}

/** `key: { a: 1, b: 'x' },` inside an object: one line when it fits, else one entry a line. */
export function objectProperty(
  indent: string,
  key: string,
  entries: Record<string, string>,
): string {
  const items = Object.entries(entries).map(([name, value]) => `${name}: ${value}`);
  const oneLine = `${indent}${key}: { ${items.join(', ')} },`;
  if (oneLine.length <= printWidth) return oneLine;
  return `${indent}${key}: {\n${items.map((item) => `${indent}  ${item},`).join('\n')}\n${indent}},`;
}

/**
 * A value as a TypeScript literal, laid out as Prettier does at `indent`.
 * Objects are written expanded, which Prettier keeps, or with `inline` on
 * one line where they fit, which it keeps too.
 */
export function literal(value: unknown, indent = '', { inline = false } = {}): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((item) => literal(item, inner, { inline }));
    // Prettier breaks an array of several objects one a line, fits or not.
    const objects = items.length > 1 && value.every((item) => typeof item === 'object' && item);
    if (!objects && !items.some((item) => item.includes('\n'))) {
      const oneLine = `[${items.join(', ')}]`;
      if (indent.length + oneLine.length <= printWidth) return oneLine;
    }
    return `[\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}]`;
  }
  const keyOf = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key));
  const entries = Object.entries(value).map(([key, item]) => {
    const entry = `${keyOf(key)}: ${literal(item, inner, { inline })}`;
    // A string too long for its line moves to the next one, as Prettier breaks an assignment.
    if (typeof item !== 'string' || inline || `${inner}${entry},`.length <= printWidth)
      return entry;
    return `${keyOf(key)}:\n${inner}  ${quote(item)}`;
  });
  const oneLine = `{ ${entries.join(', ')} }`;
  if (inline && !oneLine.includes('\n') && indent.length + oneLine.length + 1 <= printWidth)
    return oneLine;
  return `{\n${entries.map((entry) => `${inner}${entry},`).join('\n')}\n${indent}}`;
}

/**
 * A YAML scalar as Prettier writes it with `singleQuote`: single quotes,
 * unless the text holds one or needs an escape.
 */
export function yamlString(text: string): string {
  return /['\\\p{Cc}]/u.test(text) ? JSON.stringify(text) : `'${text}'`;
}

/** A Markdown table with its columns padded to one width, as Prettier aligns them. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

/** Two columns in a code block: each name padded to the longest, then its text. */
export function columns(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  return rows.map(([name, text]) => `${name.padEnd(width)}${text}`).join('\n');
}
