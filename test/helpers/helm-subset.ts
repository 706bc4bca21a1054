import { stringify } from 'yaml';

/**
 * The part of Helm's template language the generated charts use, for tests
 * on a machine without helm (no package registry here ships it): Go
 * template actions (if / else if / else, range over a map, with, define,
 * variables, pipelines, comments, whitespace trimming) and the functions
 * the charts call. Anything else is an error naming it, so a chart that
 * grows past this subset fails its test instead of rendering wrongly.
 */

type Scope = { dot: unknown; vars: Record<string, unknown> };
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipeline: string }
  | { kind: 'if'; branches: { pipeline: string | null; body: Node[] }[] }
  | { kind: 'range'; keyVar?: string; valueVar?: string; pipeline: string; body: Node[] }
  | { kind: 'with'; pipeline: string; body: Node[] };

interface Action {
  text: string;
  /** The action's words with its delimiters and trim markers taken off. */
  action?: string;
}

/** Text and actions in order, with `{{-` and `-}}` applied to the text beside them. */
function tokens(source: string): Action[] {
  const parts: Action[] = [];
  const pattern = /\{\{(-?)\s*([\s\S]*?)\s*(-?)\}\}/g;
  let last = 0;
  let trimNext = false;
  for (const match of source.matchAll(pattern)) {
    let text = source.slice(last, match.index);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (match[1]) text = text.replace(/\s+$/, '');
    parts.push({ text }, { text: '', action: match[2]! });
    trimNext = Boolean(match[3]);
    last = match.index + match[0].length;
  }
  const rest = source.slice(last);
  parts.push({ text: trimNext ? rest.replace(/^\s+/, '') : rest });
  return parts;
}

type IfNode = Extract<Node, { kind: 'if' }>;

/** The template as a tree; the named templates it defines go into `defines`. */
function parseTemplate(source: string, defines: Map<string, Node[]>): Node[] {
  const root: Node[] = [];
  // The open blocks, innermost last: where their nodes go, and the if an else continues.
  const stack: { nodes: Node[]; ifNode?: IfNode }[] = [{ nodes: root }];
  const current = () => stack[stack.length - 1]!.nodes;
  for (const { text, action } of tokens(source)) {
    if (action === undefined) {
      if (text) current().push({ kind: 'text', text });
      continue;
    }
    if (action.startsWith('/*')) continue;
    const [word = '', ...rest] = action.split(/\s+/);
    const argument = rest.join(' ');
    if (word === 'if') {
      const node: IfNode = { kind: 'if', branches: [{ pipeline: argument, body: [] }] };
      current().push(node);
      stack.push({ nodes: node.branches[0]!.body, ifNode: node });
    } else if (word === 'else') {
      const { ifNode } = stack.pop()!;
      if (!ifNode || stack.length === 0) throw new Error('helm subset: else outside an if');
      const branch = { pipeline: argument.startsWith('if ') ? argument.slice(3) : null, body: [] };
      ifNode.branches.push(branch);
      stack.push({ nodes: branch.body, ifNode });
    } else if (word === 'range') {
      const declared = /^\$(\w+)\s*,\s*\$(\w+)\s*:=\s*(.+)$/.exec(argument);
      const node: Node = declared
        ? {
            kind: 'range',
            keyVar: declared[1],
            valueVar: declared[2],
            pipeline: declared[3]!,
            body: [],
          }
        : { kind: 'range', pipeline: argument, body: [] };
      current().push(node);
      stack.push({ nodes: node.body });
    } else if (word === 'with') {
      const node: Node = { kind: 'with', pipeline: argument, body: [] };
      current().push(node);
      stack.push({ nodes: node.body });
    } else if (word === 'define') {
      const body: Node[] = [];
      defines.set(JSON.parse(argument) as string, body);
      stack.push({ nodes: body });
    } else if (word === 'end') {
      if (stack.length === 1) throw new Error('helm subset: end without a block');
      stack.pop();
    } else if (/^(template|block|break|continue)$/.test(word)) {
      throw new Error(`helm subset: no "${word}" action`);
    } else {
      current().push({ kind: 'action', pipeline: action });
    }
  }
  if (stack.length !== 1) throw new Error('helm subset: a block is not closed');
  return root;
}

/** Go templates' truth: false, 0, nil and empty strings, lists and maps are false. */
function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '')
    return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** A value as an action prints it; Go's print form of a map or a list is never what a chart means. */
function printed(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return `${value}`;
  throw new Error('helm subset: a map or a list printed as text');
}

/** The words of a command: strings, parenthesised pipelines and names. */
function words(command: string): string[] {
  const found = command.match(/"(?:[^"\\]|\\.)*"|\((?:[^()]|\([^()]*\))*\)|[^\s()]+/g);
  return found ?? [];
}

/** A pipeline's commands, split on the pipes outside strings and parentheses. */
function commands(pipeline: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let index = 0; index < pipeline.length; index += 1) {
    const char = pipeline[index];
    if (char === '"' && pipeline[index - 1] !== '\\') quoted = !quoted;
    if (quoted) continue;
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === '|' && depth === 0) {
      parts.push(pipeline.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(pipeline.slice(start).trim());
  return parts;
}

const field = (value: unknown, path: string) =>
  path
    .split('.')
    .filter(Boolean)
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

/** Renders a chart's templates for its values, as `helm template` would for these. */
export function renderChart(
  templates: Record<string, string>,
  values: unknown,
  release = { Name: 'release', Namespace: 'default' },
  chart: Record<string, unknown> = {},
): string {
  const defines = new Map<string, Node[]>();
  const trees = Object.entries(templates)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, source]) => [name, parseTemplate(source, defines)] as const);
  const root = { Values: values, Release: release, Chart: chart };

  const functions: Record<string, (...args: unknown[]) => unknown> = {
    include: (name, dot) => {
      const body = defines.get(name as string);
      if (!body) throw new Error(`helm subset: no template "${String(name)}"`);
      return renderNodes(body, { dot, vars: { '': root } });
    },
    nindent: (width, text) =>
      `\n${String(text)
        .split('\n')
        .map((line) => ' '.repeat(width as number) + line)
        .join('\n')}`,
    toYaml: (value) => stringify(value).replace(/\n$/, ''),
    quote: (value) => JSON.stringify(printed(value)),
    default: (fallback, value) => (truthy(value) ? value : fallback),
    upper: (text) => String(text).toUpperCase(),
    eq: (a, b) => a === b,
    gt: (a, b) => (a as number) > (b as number),
    int: (value) => Math.trunc(Number(value)),
    not: (value) => !truthy(value),
    and: (...args) => args.find((arg) => !truthy(arg)) ?? args[args.length - 1],
    or: (...args) => args.find((arg) => truthy(arg)) ?? args[args.length - 1],
    ternary: (whenTrue, whenFalse, condition) => (truthy(condition) ? whenTrue : whenFalse),
  };

  function operand(word: string, scope: Scope): unknown {
    if (word.startsWith('"')) return JSON.parse(word) as string;
    if (/^-?\d+$/.test(word)) return Number(word);
    if (word.startsWith('(')) return evaluate(word.slice(1, -1), scope);
    if (word === '.') return scope.dot;
    if (word.startsWith('.')) return field(scope.dot, word);
    const variable = /^\$(\w*)(.*)$/.exec(word);
    if (variable) {
      if (!(variable[1]! in scope.vars))
        throw new Error(`helm subset: no variable $${variable[1]}`);
      return field(scope.vars[variable[1]!], variable[2]!);
    }
    throw new Error(`helm subset: cannot read "${word}"`);
  }

  function evaluate(pipeline: string, scope: Scope): unknown {
    let piped: unknown[] = [];
    for (const command of commands(pipeline)) {
      const [head = '', ...args] = words(command);
      const fn = functions[head];
      if (!fn && args.length > 0) throw new Error(`helm subset: no function "${head}"`);
      const value = fn
        ? fn(...args.map((arg) => operand(arg, scope)), ...piped)
        : operand(head, scope);
      piped = [value];
    }
    return piped[0];
  }

  function renderNodes(nodes: Node[], scope: Scope): string {
    let out = '';
    for (const node of nodes) {
      if (node.kind === 'text') out += node.text;
      else if (node.kind === 'action') {
        const value = evaluate(node.pipeline, scope);
        out += printed(value);
      } else if (node.kind === 'if') {
        const branch = node.branches.find(
          ({ pipeline }) => pipeline === null || truthy(evaluate(pipeline, scope)),
        );
        if (branch) out += renderNodes(branch.body, scope);
      } else if (node.kind === 'with') {
        const value = evaluate(node.pipeline, scope);
        if (truthy(value)) out += renderNodes(node.body, { ...scope, dot: value });
      } else {
        const over = evaluate(node.pipeline, scope) ?? {};
        if (Array.isArray(over)) throw new Error('helm subset: range over a list');
        for (const key of Object.keys(over).sort()) {
          const value = (over as Record<string, unknown>)[key];
          const vars = { ...scope.vars };
          if (node.keyVar) vars[node.keyVar] = key;
          if (node.valueVar) vars[node.valueVar] = value;
          out += renderNodes(node.body, { dot: value, vars });
        }
      }
    }
    return out;
  }

  return trees
    .filter(([name]) => !name.startsWith('_'))
    .map(([, tree]) => renderNodes(tree, { dot: root, vars: { '': root } }))
    .join('\n---\n');
}
