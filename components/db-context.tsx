import { createContext, type ReactNode, useContext } from 'react';
import type { AppDb } from '../storage/db';

const DbContext = createContext<AppDb | null>(null);

/** Pages open the database once in their entry file and hand it down; components only read from it. */
export function DbProvider({ db, children }: { db: AppDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): AppDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() needs a <DbProvider> above it');
  return db;
}
