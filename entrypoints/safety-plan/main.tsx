import { startSafetyPlan } from '../../extension/safety-plan/start-safety-plan';

// A page script, not a module WXT imports at build time: the plan starts when its page loads.
const root = document.getElementById('app');
if (root) void startSafetyPlan(root);
