/** Runs the grid subgraph alone: migrates its schema, then serves on GRID_PORT. */
import { runServiceMain } from '@zz/common';
import { gridService } from './server';

runServiceMain(gridService);
