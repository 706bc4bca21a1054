import { menuActions } from './menu-actions.js';
import { actionList, runMenu } from './run-menu.js';
import { terminalIo } from './terminal-io.js';

// `npm run menu` (or ./run_cli.sh): every routine action of this project in
// one place. It needs a terminal to ask on; without one it lists the
// commands to run directly and exits 2.
if (!process.stdin.isTTY || !process.stdout.isTTY) {
  console.error(
    `npm run menu needs a terminal; run an action directly instead:\n${actionList(menuActions)}`,
  );
  process.exit(2);
}
try {
  await runMenu(menuActions, terminalIo);
} catch (error) {
  // Ctrl-C at a prompt ends the menu, as Quit does.
  if ((error as Error).name !== 'ExitPromptError') throw error;
}
