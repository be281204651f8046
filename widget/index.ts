// The entry of the <script> build (dist/widget/get-help-now.js): registering the element is all it does.
import { defineGetHelpNow } from './define';

defineGetHelpNow();
