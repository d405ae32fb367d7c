import { PothosValidationError } from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { isUuid } from '../domain/ids.ts';

/** Row ids are uuids; audit records are numbered. */
const isRowKey = (id: string) => isUuid(id) || /^[0-9]{1,19}$/.test(id);

/**
 * `Type:key` in base64, as every id argument is decoded; any other key is malformed input,
 * refused before a resolver hands it to the database.
 */
export function decodeRowGlobalID(globalID: string): { typename: string; id: string } {
  const decoded = decodeGlobalID(globalID);
  if (!isRowKey(decoded.id)) throw new PothosValidationError(`Invalid global ID: ${globalID}`);
  return decoded;
}

/**
 * Whether `globalID` names a row of one of `typenames` (of any type when null): what the gateway
 * checks before a request runs, so a malformed id refuses the whole operation.
 */
export function isGlobalIdOf(globalID: string, typenames: readonly string[] | null): boolean {
  try {
    const { typename } = decodeRowGlobalID(globalID);
    return typenames === null || typenames.includes(typename);
  } catch (error) {
    if (error instanceof PothosValidationError) return false;
    throw error;
  }
}
