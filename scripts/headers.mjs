// Response headers for every page and file of the atlas: set by `npm start`'s server and documented
// in the README for any other host.
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
