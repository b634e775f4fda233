import { singleton } from './singleton';
import { retry } from './retry';
import { registerHandlers } from './handlers';
import { registerWorkers } from './workers';
import { memoRetry, makeClass } from './helpers';
import { registerRetried, registerPerInstance } from './more-workers';

singleton('handlers', registerHandlers);
retry(3, registerWorkers);
memoRetry('retried', registerRetried);
const PerInstance = makeClass('instance', registerPerInstance);
new PerInstance();
new PerInstance();
