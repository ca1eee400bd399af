/** Main-menu sections of the portal, used for `aria-current` in the header. */
export type Section =
  'home' | 'news' | 'projects' | 'recognition' | 'countries' | 'events' | 'stats' | 'about';
