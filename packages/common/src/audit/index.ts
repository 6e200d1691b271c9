export * from './migration';
export * from './sensitive-read';
