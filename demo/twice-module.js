// A third copy of the element, from the ES module build: registering it again must throw nothing.
import { defineGetHelpNow } from '../widget/get-help-now.mjs';

defineGetHelpNow();
