/** The interactive menu and the actions the features contribute to it. */
export const files = [
  'run_cli.sh',
  'scripts/menu/menu.ts',
  'scripts/menu/menu-action.ts',
  'scripts/menu/menu-actions.ts.ejs',
  'scripts/menu/run-menu.ts',
  'scripts/menu/terminal-io.ts',
  'test/unit/menu.test.ts',
  'test/integration/menu-terminal.test.ts',
] as const;
