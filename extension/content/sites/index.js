// The site adapter for this page, by hostname (null: not a site we watch).

import facebook from './facebook.js';
import x from './x.js';

export function adapterFor(hostname) {
  if (hostname === 'x.com' || hostname === 'twitter.com' || hostname.endsWith('.twitter.com')) return x;
  if (hostname === 'facebook.com' || hostname.endsWith('.facebook.com')) return facebook;
  return null;
}
