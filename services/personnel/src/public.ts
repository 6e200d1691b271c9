/**
 * The personnel subgraph's public entry (package.json "main"): the service module the platform
 * assembler starts. Everything else under src/ is internal.
 */
export { personnelService } from './server';
