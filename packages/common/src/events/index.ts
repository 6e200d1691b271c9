export * from './kinds';
export * from './log';
export * from './listener';
export * from './migration';
export * from './case-snapshot';
