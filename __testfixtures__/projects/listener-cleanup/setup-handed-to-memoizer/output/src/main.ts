import { singleton } from './singleton';
import { retry } from './retry';
import { registerHandlers } from './handlers';
import { registerWorkers } from './workers';

singleton('handlers', registerHandlers);
retry(3, registerWorkers);
