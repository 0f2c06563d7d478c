/** The sources a reply used, as its footer names them: the report's file (when used) and the sites of the other reports. */
export interface UsedSources {
  reportFile?: string;
  sites: readonly string[];
}
