// A small VitePress site with pv-matrix set up site-wide (docs/embedding.md, "Recipes").
// e2e/site-vitepress.test.mjs copies the built bundle's files into docs/public/pv-matrix/ and
// builds it with the VitePress of ../node_modules (scripts/setup).
export default {
  title: 'pv-matrix recipe (VitePress)',
  // The element's script on every page, once: VitePress keeps <head> across its client-side
  // navigation. (A <script> in a Markdown page would be taken for the page's Vue script.)
  head: [['script', { type: 'module', src: '/pv-matrix/embed.js' }]],
  // <pv-matrix> is not a Vue component: without this, Vue renders it as an unknown component
  // (nothing) on the server and the client reports hydration mismatches.
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag === 'pv-matrix' } } },
  themeConfig: {
    nav: [
      { text: 'Xen', link: '/guide/xen' },
      { text: 'KVM', link: '/kvm' },
    ],
    sidebar: [
      { text: 'Home', link: '/' },
      { text: 'Guide', items: [{ text: 'Xen', link: '/guide/xen' }] },
      { text: 'KVM', link: '/kvm' },
    ],
  },
};
