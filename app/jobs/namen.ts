/** The names of the background jobs' queues, apart from their handlers (so a service can wake a job without importing it). */
export const MAIL_BEZORGEN = "mail.bezorgen" as const;
