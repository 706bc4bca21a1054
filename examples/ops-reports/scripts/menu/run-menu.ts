import type { MenuAction } from './menu-action.js';

/** What the menu needs from a terminal; tests script it. */
export interface MenuIo {
  choose: (message: string, choices: readonly string[]) => Promise<string>;
  ask: (message: string) => Promise<string>;
  /** Runs a command with the terminal's input and output; resolves to its exit code. */
  run: (command: readonly string[]) => Promise<number>;
  print: (line: string) => void;
}

export const QUIT = 'Quit';
export const BACK = 'Back';

/**
 * A command as a line to paste into a POSIX shell: each argument that holds
 * anything but plain characters is single-quoted, `'` written as `'\''`.
 */
export function shellLine(command: readonly string[]): string {
  return command
    .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`))
    .join(' ');
}

/** The command an action runs, with its extra argument asked for when it has one. */
async function commandOf(action: MenuAction, io: MenuIo): Promise<string[]> {
  if (!action.input) return [...action.run];
  const { message, choices } = action.input;
  const extra = choices ? await io.choose(message, choices) : (await io.ask(message)).trim();
  return [...action.run, extra];
}

/**
 * The menu loop: a heading, then one of its actions, which runs with its
 * output streamed; then the exit status is shown and the menu comes back,
 * until Quit.
 */
export async function runMenu(actions: readonly MenuAction[], io: MenuIo): Promise<void> {
  const groups = [...new Set(actions.map(({ group }) => group))];
  for (;;) {
    const group = await io.choose('What do you want to do?', [...groups, QUIT]);
    if (group === QUIT) return;
    const inGroup = actions.filter((action) => action.group === group);
    const label = await io.choose(group, [...inGroup.map((action) => action.label), BACK]);
    const action = inGroup.find((candidate) => candidate.label === label);
    if (!action) continue;
    const command = await commandOf(action, io);
    io.print(`\n$ ${shellLine(command)}`);
    const code = await io.run(command);
    io.print(code === 0 ? `✔ ${action.label}: done\n` : `✘ ${action.label}: exit code ${code}\n`);
  }
}

/** What the menu prints where it cannot ask: every action, as the command to type. */
export function actionList(actions: readonly MenuAction[]): string {
  return actions
    .map(({ group, label, run, input }) => {
      const extra = input ? ` <${input.message.toLowerCase()}>` : '';
      return `  ${`${group}: ${label}`.padEnd(52)} ${shellLine(run)}${extra}`;
    })
    .join('\n');
}
