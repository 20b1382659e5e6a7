/** The module the one-file build generates (scripts/vite/embeddedFilesPlugin.ts). */
declare module "virtual:atlas-embedded-files" {
  /** File text by path relative to the page, e.g. "data/emn-ahq-2010/partnerships.csv". */
  export const embeddedFiles: Readonly<Record<string, string>>;
}
