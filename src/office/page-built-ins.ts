/**
 * What the page builds (commands.html's handlers, the task pane, taskpane.scan.js) add to ES2020,
 * which the webviews that load them run: of the functions src/launchevent/polyfills.ts adds for
 * classic Outlook, only Object.hasOwn is newer (ES2022; Safari before 15.4 lacks it).
 */
if (!Object.prototype.hasOwnProperty.call(Object, 'hasOwn')) Object.defineProperty(Object, 'hasOwn', { value: (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key), writable: true, configurable: true, enumerable: false });

export {};
