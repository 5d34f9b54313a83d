export * from './decide';
export * from './schedule';
export * from './settings';
