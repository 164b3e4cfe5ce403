/**
 * Security headers (helmet). The Content-Security-Policy allows only this server's own scripts,
 * styles, images, fonts and API, and no framing. The built dashboard runs under it with no
 * violation (checked in the browser tests): Vite emits external scripts and stylesheets only,
 * and React and Recharts set styles through the CSSOM (`element.style`), which CSP does not
 * govern — so no 'unsafe-inline' is needed, not even for style attributes.
 * `upgrade-insecure-requests` is left out: on a plain-HTTP intranet address it would break every
 * request; HTTPS is the proxy's job.
 */
import helmet from 'helmet';

export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
});
