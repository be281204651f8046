import { startOptions } from '../../extension/start-options';

// A page script, not a module WXT imports at build time: the options page starts when it loads.
const root = document.getElementById('app');
if (root) void startOptions(root);
