// The sidebar of the Docusaurus recipe site: the home page, a category with the nested Xen page
// (two elements), and the KVM page (one).
export default {
  docs: ['index', { type: 'category', label: 'Guide', items: ['guide/xen'] }, 'kvm'],
};
