/** Runs the personnel subgraph alone. */
import { runServiceMain } from '@zz/common';
import { personnelService } from './server';

runServiceMain(personnelService);
