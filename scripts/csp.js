/**
 * The Content-Security-Policy of Preflight's pages, in one place: the build writes the page
 * policies into each page's <meta> tag (webpack.config.js), and a server sends the same policy as a
 * header with `frame-ancestors`, which a <meta> tag cannot carry (scripts/serve.js; a production
 * web server's configuration should come from `headerPolicy` too).
 *
 * commands.html has its own policy in its template, because in production it allows its inline
 * script by a hash known only after the build: `pagePolicy` reads any built page's policy back.
 */

/**
 * The task pane may load only its own files and Office.js; message content never leaves the
 * client. Fluent UI injects its styles at run time, hence 'unsafe-inline' for styles only.
 */
const TASKPANE_CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "connect-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
].join('; ');

/** The playground page itself: its own files and frames only. */
const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
].join('; ');

/**
 * Who may frame the add-in's pages: Outlook on the web and new Outlook on Windows (which embeds
 * the web app) put add-ins in iframes under these origins, including the cloud.microsoft domain
 * Microsoft 365 is moving to and Office 365 operated by 21Vianet (China). Classic Outlook on
 * Windows and Outlook on Mac host the pages in a webview of their own, with no web ancestor.
 */
const OUTLOOK_FRAME_ANCESTORS = [
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
  'https://outlook.cloud.microsoft',
  'https://*.officeapps.live.com',
  'https://*.office.com',
  'https://partner.outlook.cn',
];

/**
 * The policy to send as a header with a page whose own policy is `pagePolicyText` (null: none),
 * with `frame-ancestors` for Outlook's hosts, and 'self' as well when `self` is set (the dev
 * playground frames the pane from its own origin).
 */
function headerPolicy(pagePolicyText, { self = false } = {}) {
  const ancestors = [...(self ? ["'self'"] : []), ...OUTLOOK_FRAME_ANCESTORS].join(' ');
  const own = (pagePolicyText || '').trim().replace(/;\s*$/u, '');
  return own ? `${own}; frame-ancestors ${ancestors}` : `frame-ancestors ${ancestors}`;
}

const META_TAG = /<meta\b[^>]*>/giu;
const HTTP_EQUIV_CSP = /\bhttp-equiv\s*=\s*(["']?)content-security-policy\1(?=[\s/>])/iu;
const CONTENT = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/iu;

/** The policy of a built page's `<meta http-equiv="Content-Security-Policy">`, or null. */
function pagePolicy(html) {
  for (const tag of html.match(META_TAG) || []) {
    if (!HTTP_EQUIV_CSP.test(tag)) continue;
    const content = CONTENT.exec(tag);
    if (content) return decodeEntities(content[1] !== undefined ? content[1] : content[2]);
  }
  return null;
}

function decodeEntities(text) {
  return text.replace(/&(quot|#39|apos|lt|gt|amp);/gu, (_, name) => ({ quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>', amp: '&' })[name]);
}

module.exports = { TASKPANE_CSP, PLAYGROUND_CSP, OUTLOOK_FRAME_ANCESTORS, headerPolicy, pagePolicy };
