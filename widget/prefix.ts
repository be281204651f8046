/** What every console message of the widget begins with, so a host's developer sees where it came from. */
export const PREFIX = '[get-help-now]';
