/** Local-first storage: import from here. */
export * from './schema';
export { MaumDB, MaumDBv1, DEFAULT_DB_NAME, STORES_V1, STORES_V2, type DbOptions } from './db';
export * from './open';
export * from './errors';
export * from './keptWrites';
export { isStoreWrite, type StoreWrite, type StoreWriteOp } from './writes';
export * from './day';
export * from './conversations';
export * from './recommendations';
export * from './feedback';
export * from './diary';
export * from './settings';
export * from './search';
export * from './timeline';
export * from './backup';
export * from './exportFormat';
