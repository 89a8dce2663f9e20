// Kept free of imports so vite.config.ts can load it too: one policy for the app:// header and the page's meta tag.

/** No `unsafe-eval`, no remote origins. Inline styles are allowed because the UI libraries set style attributes. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
