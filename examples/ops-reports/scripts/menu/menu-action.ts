/** An entry of the menu: the command a person would type, under a heading. */
export interface MenuAction {
  group: string;
  label: string;
  /** The program and its arguments. */
  run: readonly string[];
  /** One more argument, asked for first: typed, or chosen from `choices`. */
  input?: { message: string; choices?: readonly string[] };
}
