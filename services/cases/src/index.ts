import { runServiceMain } from '@zz/common';
import { casesService } from './server';

runServiceMain(casesService);
