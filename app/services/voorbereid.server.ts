/**
 * Raw SQL as a prepared statement. drizzle asks postgres.js for a prepared statement only when a
 * query is given a name (`.prepare(name)`); an unnamed query with parameters costs postgres.js a
 * round trip of its own every time (Parse/Describe first, to learn the parameter types, then
 * Bind/Execute), and nothing can be sent after it on the connection until that answer is in.
 * Prepared, the statement is parsed once per connection and then sent as one message, so
 * statements of one transaction can be sent together (bench/README.md "Intake"). Only for
 * statements with a fixed text: postgres.js keeps every prepared text per connection.
 */
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/db.server";

const dialect = new PgDialect();

export async function voerUitVoorbereid(conn: DbOrTx, naam: string, query: SQL): Promise<void> {
  await conn._.session.prepareQuery(dialect.sqlToQuery(query), undefined, naam, false).execute();
}
