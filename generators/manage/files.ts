/** `npm run manage`: the operator command runner that features add commands to. */
export const files = [
  'src/cli/command.ts',
  'src/cli/commands.ts.ejs',
  'src/cli/manage.ts',
  'src/cli/run-command.ts',
  'test/helpers/manage.ts',
] as const;
