import { runServiceMain } from '@zz/common';
import { supervisionService } from './server';

runServiceMain(supervisionService);
