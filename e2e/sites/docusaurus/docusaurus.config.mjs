// A small Docusaurus site with pv-matrix set up site-wide (docs/embedding.md, "Recipes").
// e2e/site-docusaurus.test.mjs copies the built bundle's files into static/pv-matrix/ and builds
// it with the Docusaurus of node_modules/ (scripts/setup).
export default {
  title: 'pv-matrix recipe (Docusaurus)',
  url: 'https://docs.example.org',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  // The element's script in <head> of every page, once. A <script> in a page would run only when
  // that page is loaded anew, never after a client-side navigation to it.
  scripts: [{ src: '/pv-matrix/embed.js', type: 'module' }],
  presets: [
    [
      'classic',
      {
        docs: { routeBasePath: '/', sidebarPath: './sidebars.mjs' },
        blog: false,
      },
    ],
  ],
  themeConfig: {
    navbar: {
      title: 'pv-matrix recipe',
      items: [
        { to: '/guide/xen', label: 'Xen', position: 'left' },
        { to: '/kvm', label: 'KVM', position: 'left' },
      ],
    },
    colorMode: { respectPrefersColorScheme: true },
  },
};
