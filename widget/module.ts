// The entry of the ESM build (dist/widget/get-help-now.mjs), for bundlers. Importing it registers nothing:
// call defineGetHelpNow(), or register GetHelpNowElement under a tag of your own.
export { defineGetHelpNow, TAG_NAME } from './define';
export { GetHelpNowElement } from './get-help-now-element';
