/**
 * What commands.html's build has in place of polyfills.ts: the webviews that load the page (new
 * Outlook, the web, Mac) run the task pane's ES2020, which has every function polyfills.ts adds.
 */
export {};
