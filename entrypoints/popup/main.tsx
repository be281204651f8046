import { startPopup } from '../../extension/start-popup';

// A page script, not a module WXT imports at build time: the popup starts when its page loads.
const root = document.getElementById('app');
if (root) void startPopup(root);
