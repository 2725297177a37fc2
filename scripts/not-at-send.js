/**
 * Rules the on-send bundle does not run yet: webpack.config.js puts each folder's at-send.ts (the
 * rule's id, severity and option types, no check) in place of its index.ts there, so a policy that
 * sets the rule still validates at Send. The task pane, the CLI and the audit run the rule itself.
 * salutation-mismatch: its name table and matching cost 4.8 KB gzipped (4,772 B in launchevent.js), past the budget of issue [6] in both builds.
 */
module.exports = { NOT_AT_SEND: ['salutation-mismatch'] };
