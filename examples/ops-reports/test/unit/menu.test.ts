import { menuActions } from '../../scripts/menu/menu-actions.js';
import { spawnSync } from 'node:child_process';
import {
  actionList,
  BACK,
  QUIT,
  runMenu,
  shellLine,
  type MenuIo,
} from '../../scripts/menu/run-menu.js';

/** A terminal that gives scripted answers in order and records what the menu did. */
function scripted(answers: string[], exitCode = 0) {
  const ran: string[][] = [];
  const printed: string[] = [];
  const next = () => {
    const answer = answers.shift();
    if (answer === undefined) throw new Error('the menu asked more than the script answers');
    return Promise.resolve(answer);
  };
  const io: MenuIo = {
    choose: (_message, choices) =>
      next().then((answer) => {
        if (!choices.includes(answer))
          throw new Error(`"${answer}" is not offered: ${choices.join(', ')}`);
        return answer;
      }),
    ask: next,
    run: (command) => {
      ran.push([...command]);
      return Promise.resolve(exitCode);
    },
    print: (line) => printed.push(line),
  };
  return { io, ran, printed, answers };
}

/** The answers that pick an action: its heading, its label and, if it asks, a value. */
const answersFor = (action: (typeof menuActions)[number]) => [
  action.group,
  action.label,
  ...(action.input ? [action.input.choices?.[0] ?? 'typed-value'] : []),
];

describe('npm run menu', () => {
  it('runs every action, shows its exit status and comes back until Quit', async () => {
    const script = scripted([...menuActions.flatMap(answersFor), QUIT]);
    await runMenu(menuActions, script.io);
    expect(script.ran).toEqual(
      menuActions.map((action) => [
        ...action.run,
        ...(action.input ? [action.input.choices?.[0] ?? 'typed-value'] : []),
      ]),
    );
    expect(script.printed.filter((line) => line.startsWith('✔'))).toHaveLength(menuActions.length);
    expect(script.answers).toEqual([]);
  });

  it('shows a failing command’s exit code and carries on', async () => {
    const [first] = menuActions;
    if (!first) throw new Error('the menu has no action');
    const script = scripted([...answersFor(first), QUIT], 3);
    await runMenu(menuActions, script.io);
    expect(script.printed.at(-1)).toBe(`✘ ${first.label}: exit code 3\n`);
  });

  it('goes back from a heading without running anything', async () => {
    const [first] = menuActions;
    const script = scripted([first?.group ?? '', BACK, QUIT]);
    await runMenu(menuActions, script.io);
    expect(script.ran).toEqual([]);
  });

  it('has the headings a project needs', () => {
    const groups = new Set(menuActions.map(({ group }) => group));
    for (const group of ['Server', 'Tests', 'Docs', 'Release']) expect(groups).toContain(group);
    expect(actionList(menuActions)).toContain('npm run test:unit');
  });

  it('lists commands as lines a shell reads back as the same arguments', () => {
    const command = ['sh', '-c', 'npm run build && npm start', "it's", 'plain-arg'];
    expect(shellLine(command)).toBe(`sh -c 'npm run build && npm start' 'it'\\''s' plain-arg`);
    const echoed = spawnSync('sh', ['-c', `printf '%s\\n' ${shellLine(command)}`]).stdout;
    expect(echoed.toString().split('\n').slice(0, -1)).toEqual(command);
  });
});
