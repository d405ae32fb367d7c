const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The case an address names: the pages link with its global id, while links made on the server
 * (due items: `/selection/cases/<row id>`) carry the row id, which becomes the global id here
 * (relay's `base64("SelectionCase:<id>")`).
 */
export const caseIdOf = (param: string): string =>
  UUID.test(param) ? btoa(`SelectionCase:${param}`) : param;
