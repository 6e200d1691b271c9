export * from './types';
export { ACCESS_POLICY, MASK_POLICY } from './policy';
export * from './authorize';
export * from './expected';
