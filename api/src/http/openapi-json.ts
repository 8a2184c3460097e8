/** An OpenAPI request or response body carried as JSON, described by `schema`. */
export const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
