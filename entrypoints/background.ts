import { defineBackground } from 'wxt/utils/define-background';
import { startSearchHelpBackground } from '../extension/search-help-registration';

export default defineBackground(() => startSearchHelpBackground());
