/**
 * zod and conform's zod parser for server code: a route takes them from here, so Remix leaves them
 * out of the browser bundle (a `.server` module is empty there). Forms are checked on the server,
 * with and without JavaScript (docs/decisions/029). Client code must not call these.
 */
export { z } from "zod";
export { parseWithZod } from "@conform-to/zod/v4";
