/** How a generated project runs jest: on its ESM build, which Node loads only with this flag. */
export const jest =
  "NODE_OPTIONS='--experimental-vm-modules --disable-warning=ExperimentalWarning' jest";
