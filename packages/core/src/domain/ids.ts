const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Row ids are UUIDs; anything else names no row, so lookups answer "not found" without asking. */
export const isUuid = (id: string) => UUID.test(id);
