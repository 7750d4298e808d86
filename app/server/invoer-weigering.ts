import { isRouteErrorResponse, type ErrorResponse } from "@remix-run/react";

/**
 * The reason phrase of a body refused at the edge (app/server/invoer.server.ts). It marks the thrown
 * Response so the document render answers with the plain message and the error page shows it.
 * Shared by server and browser code, so no server imports here.
 */
export const INVOER_GEWEIGERD = "Invoer geweigerd";

export function isInvoerWeigering(error: unknown): error is ErrorResponse & { data: string } {
  return isRouteErrorResponse(error) && error.statusText === INVOER_GEWEIGERD && typeof error.data === "string";
}
