/**
 * The one check for the ids the database hands out (uuid). An id from a URL or a form that is not
 * one is "not found", never a database error (docs/decisions/016).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A string that passed `isUuid` (a brand: a plain string stays a plain string when it fails). */
export type Uuid = string & { readonly __uuid: true };

export function isUuid(value: unknown): value is Uuid {
  return typeof value === "string" && UUID.test(value);
}
