// Types for <pv-matrix>, the paravirtualization support matrix element. `import 'pv-matrix'`
// defines the element and exports nothing at run time: everything here is a type.
// docs/embedding.md in the pv-matrix repository is the reference they follow.

/** A verdict's status, as in the cells' `data-status`. */
export type PvMatrixStatus = 'yes' | 'partial' | 'no' | 'unknown';

/** What a verdict rests on: the release's own statement, one inherited from the release it is
 * rebuilt from, a pasted kernel config, or (a prediction) the kernel version in mainline Linux. */
export type PvMatrixBasis = 'statement' | 'inherited' | 'config' | 'mainline';

/** One verdict on screen (matrix, comparison, system check). Every value is a string. */
export interface PvMatrixVerdictRow {
  /** A release id (`rhel-6`), or `kernel` for an unrecognised kernel. */
  release: string;
  capability: string;
  status: PvMatrixStatus;
  /** The status worded in the element's language. */
  verdict: string;
  /** The reason, worded in the element's language. */
  reason: string;
  /** The sources' URLs, separated by spaces. */
  sources: string;
  basis: PvMatrixBasis;
  certainty: 'verified' | 'unverified';
}

/** One row of the minimum-release view (`need`): per distribution. */
export interface PvMatrixMinimumRow {
  distribution: string;
  earliest_release: string;
  support: string;
  earliest_supported_release: string;
}

/** `element.verdicts`: exactly what the view shows, as its JSON export. */
export interface PvMatrixVerdicts<Row = PvMatrixVerdictRow | PvMatrixMinimumRow> {
  /** The data's date, `YYYY-MM-DD`. */
  data_as_of: string;
  lang: 'en' | 'de';
  /** Each row key's column header, in the element's language. */
  headers: Record<string, string>;
  rows: Row[];
}

/** `event.detail` of `pv-matrix-change`: the view the element shows now. A list that the view
 * does not have is `null`; the filters are empty lists when unset. */
export interface PvMatrixChangeDetail {
  /** The pv-matrix page URL's query string for the same view. */
  query: string;
  releases: string[] | null;
  compare: string[] | null;
  need: string[] | null;
  kernel: string | null;
  capabilities: string[];
  hypervisors: string[];
  status: string[];
}

/** Fired by the element whenever what it shows changes, on first render too; it bubbles and
 * crosses shadow roots. */
export type PvMatrixChangeEvent = CustomEvent<PvMatrixChangeDetail>;

/** The attributes, all live (change one and the view follows). Values are attribute strings. */
export interface PvMatrixAttributes {
  /** Releases to show: ids or codename aliases, comma-separated (`rhel-6,debian-squeeze`). */
  releases?: string;
  /** Only these capabilities (`xen-pv-guest,xen-dom0`). */
  capabilities?: string;
  /** Only these groups: `xen`, `kvm`, `hyperv`, `vmware`, `historical`. */
  hypervisors?: string;
  /** Only capabilities with one of these verdicts (`no,partial`). */
  status?: string;
  /** Check a system: a `uname -r` string or os-release lines. */
  kernel?: string;
  /** Compare releases (`ubuntu-20.04,ubuntu-22.04`). */
  compare?: string;
  /** The minimum release of each distribution with these capabilities (`xen-dom0,virtio-scsi`). */
  need?: string;
  /** Present (any value): only the verdicts, no tabs, pickers, filters or export. */
  compact?: string | boolean;
  /** Override the reader's colour scheme. */
  theme?: 'light' | 'dark';
  /** Interface language, `en` or `de`; without it, the reader's browser language. */
  lang?: string;
  /** The host's own data: `#id` of a `<script type="application/json">`, or a same-site URL. */
  'custom-data'?: string;
  /** The pv-matrix page that "Copy link" opens, an `http:` or `https:` address. */
  page?: string;
}

/** The element. Its events are typed through `HTMLElementEventMap` below. */
export interface PvMatrixElement extends HTMLElement {
  /** The verdicts on screen; `null` until the widget has loaded. */
  readonly verdicts: PvMatrixVerdicts | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'pv-matrix': PvMatrixElement;
  }
  // The event bubbles: a listener on an ancestor or the document receives it too.
  interface HTMLElementEventMap {
    'pv-matrix-change': PvMatrixChangeEvent;
  }
  interface DocumentEventMap {
    'pv-matrix-change': PvMatrixChangeEvent;
  }
}
