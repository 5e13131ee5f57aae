// <pv-matrix>: the paravirtualization support matrix as a custom element for documentation
// pages. One module script, no build step on the host side:
//
//   <script type="module" src="https://example.org/pv-matrix/embed.js"></script>
//   <pv-matrix releases="rhel-6,debian-6.0" capabilities="xen-pv-guest,xen-dom0"></pv-matrix>
//
// The widget renders in a shadow root with constructable stylesheets (no inline styles or
// scripts, so a strict Content-Security-Policy holds), loads only files next to this one
// (pv-matrix.js, pv-matrix_bg.wasm, style.css), and defines no global but the element name.
// See docs/embedding.md.
import init, { EmbeddedWidget } from './pv-matrix.js';

/**
 * Attributes that say what to show: the same words as the page's URL parameters. `lang` (`en`,
 * `de`) chooses the interface language; without it the reader's browser language does.
 */
const QUERY_ATTRIBUTES = ['releases', 'capabilities', 'hypervisors', 'status', 'kernel', 'compare', 'need', 'lang'];
/**
 * `page` names the pv-matrix page that a link to the widget's view opens ("Copy link"); without
 * it, that is `index.html` next to this file. `interface="full"` shows the whole interface (tabs,
 * pickers, filters, export); without it, the verdict table with its legend, details and a link
 * to the full page (`compact`, from before, says the same).
 */
const OTHER_ATTRIBUTES = ['compact', 'interface', 'theme', 'custom-data', 'page', 'loading'];

/**
 * How far outside the viewport an element starts loading the WebAssembly (`loading="eager"`
 * loads it at once, wherever the element is).
 */
const NEAR = '600px 0px';

/**
 * How documentation generators say their page is dark or light, on `<html>` or `<body>`: a
 * `data-theme` (Docusaurus, Furo), Material for MkDocs' `data-md-color-scheme` (`slate` is its
 * dark one), or a class (VitePress `dark`; mdBook's themes `light`, `rust`, `coal`, `navy`,
 * `ayu`). `null`: the page does not say.
 */
function pageScheme(node) {
  const theme = node.getAttribute('data-theme');
  if (theme === 'dark' || theme === 'light') return theme;
  const material = node.getAttribute('data-md-color-scheme');
  if (material) return material === 'slate' ? 'dark' : 'light';
  const classes = node.classList;
  if (['dark', 'coal', 'navy', 'ayu'].some((c) => classes.contains(c))) return 'dark';
  if (['light', 'rust'].some((c) => classes.contains(c))) return 'light';
  return null;
}

/** Whether a computed `rgb(...)` colour is dark (its relative luminance below the middle grey). */
function isDark(colour) {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
}

/** A computed colour with something to see: not `transparent`, not `rgba(..., 0)`. */
function opaque(colour) {
  return colour && colour !== 'transparent' && !/rgba?\([^)]*,\s*0\)$/.test(colour) ? colour : null;
}

/**
 * The interface language, by the one rule (src/app/i18n/mod.rs, `Lang::from_tag` and
 * `Lang::first_spoken`; index.html has the same lines): the first tag whose primary subtag,
 * ASCII whitespace stripped and in any case, is a language the interface speaks, else English.
 * `e2e/language-rule.test.mjs` feeds the same table to all three.
 */
function chooseLanguage(tags) {
  for (const tag of tags) {
    const primary = String(tag ?? '').replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').split(/[-_]/)[0].toLowerCase();
    if (primary === 'en' || primary === 'de') return primary;
  }
  return 'en';
}

/**
 * The placeholder while the WebAssembly loads: reserves room so the page does not jump. A
 * prerendered snippet (scripts/snippet) inside the element shows through the slot instead, until
 * the widget's style sheet can show it as the widget would.
 */
const loadingSheet = new CSSStyleSheet();
loadingSheet.replaceSync(`
  :host { display: block; color-scheme: light dark; }
  .pvm-loading { min-height: var(--pvm-reserve, 24rem); }
  :host([compact]) .pvm-loading { min-height: var(--pvm-reserve, 12rem); }
  :host([theme="light"]) { color-scheme: light; }
  :host([theme="dark"]) { color-scheme: dark; }
  .pvm-loading { font: inherit; padding: 1rem; border-radius: 8px; color: light-dark(#5a636e, #a3acb7);
    background: light-dark(#f6f7f9, #1c2026); box-sizing: border-box; }
`);

/** The placeholder's words before the widget (and its catalogs) has loaded. */
const WORDS = {
  en: { loading: 'Loading the paravirtualization support matrix…', failed: 'The paravirtualization matrix could not load:' },
  de: { loading: 'Die Paravirtualisierungs-Matrix wird geladen…', failed: 'Die Paravirtualisierungs-Matrix konnte nicht geladen werden:' },
};

let styled = null;
/** Loads the widget's stylesheet (next to this file) once for every element on the page. */
function loadStyle() {
  styled ??= fetch(new URL('./style.css', import.meta.url))
    .then((response) => {
      if (!response.ok) throw new Error(`style.css: HTTP ${response.status}`);
      return response.text();
    })
    .then((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
  return styled;
}

/** The complete data bundle; a literal `new URL(..., import.meta.url)`, as below. */
const DATA = new URL('./pv-matrix-data.txt', import.meta.url);

let loaded = null;
/**
 * Loads the module and the widget's stylesheet (both files next to this one) once for every
 * element on the page; resolves to the stylesheet, ready to adopt.
 */
function load() {
  // Literal `new URL(..., import.meta.url)`s: bundlers find the files by them.
  const wasm = new URL('./pv-matrix_bg.wasm', import.meta.url);
  loaded ??= Promise.all([
    init({ module_or_path: wasm }).catch((error) => {
      // The failure message names the file. A 404's error does; a host that answers a missing
      // file with a page of its own (a single-page app's fallback) gives only a compile error.
      const message = String(error?.message ?? error);
      throw new Error(message.includes(wasm.href) ? message : `${wasm.href}: ${message}`);
    }),
    loadStyle(),
  ]).then(([, sheet]) => sheet);
  return loaded;
}

class PvMatrix extends HTMLElement {
  static observedAttributes = [...QUERY_ATTRIBUTES, ...OTHER_ATTRIBUTES];

  #mount;
  #widget = null;
  #connected = false;
  /** Watches the page's theme and language while connected. */
  #observer = null;
  #media = null;
  /** Counts renders begun; one that finishes after a later one has begun is dropped. */
  #renders = 0;
  /** Resolves once the element is near the viewport (see `#whenNear`), while connected. */
  #near = null;
  #intersection = null;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [loadingSheet];
    this.#mount = document.createElement('div');
    shadow.append(this.#mount);
    this.#showLoading();
  }

  connectedCallback() {
    this.#connected = true;
    // Created by a script, the element had no attributes yet when its constructor wrote the
    // placeholder: write it again in the language its `lang` attribute now asks for.
    if (!this.#widget) this.#showPrerendered() || this.#showLoading();
    this.#fitHost();
    // The page's own theme toggle and language switch change <html> or <body>: follow them.
    const query = this.#query();
    this.#observer = new MutationObserver(() => {
      this.#fitHost();
      if (this.#query() !== this.#lastQuery) this.#render();
    });
    for (const node of [document.documentElement, document.body].filter(Boolean)) {
      this.#observer.observe(node, { attributes: true, attributeFilter: ['class', 'data-theme', 'data-md-color-scheme', 'lang', 'style'] });
    }
    this.#media = matchMedia('(prefers-color-scheme: dark)');
    this.#media.addEventListener('change', this.#onScheme);
    this.#lastQuery = query;
    this.#render();
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#renders += 1; // a render still on its way is for the element as it was
    this.#observer?.disconnect();
    this.#observer = null;
    this.#media?.removeEventListener('change', this.#onScheme);
    this.#media = null;
    this.#intersection?.disconnect();
    this.#intersection = null;
    this.#near = null;
    this.#widget?.destroy();
    this.#widget = null;
    this.#showLoading();
  }

  attributeChangedCallback(name) {
    // Before connectedCallback (the attributes an element is upgraded with) there is nothing to
    // update yet: connectedCallback renders them all.
    if (!this.#connected) return;
    if (name === 'theme') this.#fitHost();
    this.#render();
  }

  #lastQuery = '';
  #onScheme = () => this.#fitHost();

  /**
   * Takes the host page's colour scheme and background, unless the `theme` attribute names one:
   * the page's toggle (see `pageScheme`), else the `color-scheme` around the element, else the
   * reader's preference (the style sheet's `light dark`). The background is the page's own
   * colour behind the element, so the widget paints no box of another shade on it; a `--pvm-bg`
   * the host sets wins.
   */
  #fitHost() {
    let background = null;
    for (let node = this.parentElement; node && !background; node = node.parentElement) {
      background = opaque(getComputedStyle(node).backgroundColor);
    }
    const asked = this.getAttribute('theme');
    const around = this.parentElement ? getComputedStyle(this.parentElement).colorScheme : 'normal';
    // A page without a toggle is as dark as its background; one that paints none shows the
    // canvas, which is light unless the page lets it follow the reader (`light dark`).
    const scheme =
      asked === 'light' || asked === 'dark'
        ? asked
        : pageScheme(document.documentElement) ??
          (document.body && pageScheme(document.body)) ??
          (background ? (isDark(background) ? 'dark' : 'light') : null) ??
          (around === 'dark' || around === 'light' || around === 'normal' ? (around === 'dark' ? 'dark' : 'light') : null);
    this.#mount.style.colorScheme = scheme ?? '';
    // The page's own colour behind the widget, where the theme agrees and the host set no --pvm-bg.
    const agrees = background && (scheme === null || isDark(background) === (scheme === 'dark'));
    if (agrees && !getComputedStyle(this).getPropertyValue('--pvm-bg').trim()) {
      this.#mount.style.setProperty('--_pvm-bg', background);
    } else {
      this.#mount.style.removeProperty('--_pvm-bg');
    }
  }

  /**
   * Shows the element's attributes as they are now: mounts the widget, or updates it. The custom
   * data may take a fetch, so renders can finish out of order (a slow fetch for an earlier
   * `custom-data` landing after a quick one for the current value): only the latest applies.
   */
  #render() {
    const render = ++this.#renders;
    this.#whenNear()
      .then(() => (render === this.#renders ? Promise.all([load(), this.#customData()]) : null))
      .then((ready) => {
        if (!ready || render !== this.#renders || !this.isConnected) return;
        const [sheet, custom] = ready;
        this.#lastQuery = this.#query();
        const args = [this.#lastQuery, this.getAttribute('interface') !== 'full', ...custom, this.#pageUrl()];
        if (this.#widget) {
          this.#widget.update(...args);
          return;
        }
        this.shadowRoot.adoptedStyleSheets = [sheet];
        this.#mount.className = '';
        this.#mount.textContent = '';
        this.#mount.removeAttribute('lang');
        // The data's words (notes, sources), fetched by the widget when a reader first needs them.
        this.#widget = new EmbeddedWidget(this, this.#mount, ...args, DATA.href);
      })
      .catch((error) => {
        if (render !== this.#renders || this.#widget) return;
        this.#mount.className = 'pvm-loading';
        this.#mount.textContent = `${this.#words().failed} ${error?.message ?? error}`;
      });
  }

  /**
   * Resolves when the element comes near the viewport (at once if it is already in view), or at
   * once with `loading="eager"`: the WebAssembly loads only for elements a reader may see.
   */
  #whenNear() {
    // In the iframe page (embed.html) the element is all there is: the host page lazy-loads the
    // frame itself if it wants to (`<iframe loading="lazy">`).
    const frame = document.documentElement.hasAttribute('data-pvm-frame');
    if (frame || this.getAttribute('loading') === 'eager' || typeof IntersectionObserver !== 'function') {
      return Promise.resolve();
    }
    this.#near ??= new Promise((resolve) => {
      this.#intersection = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          this.#intersection?.disconnect();
          this.#intersection = null;
          resolve();
        },
        { rootMargin: NEAR },
      );
      this.#intersection.observe(this);
    });
    return this.#near;
  }

  /**
   * A prerendered snippet (scripts/snippet: `<div class="pvm-snippet">` inside the element) shows
   * at once through a slot, as the host page styles it; once the widget's style sheet is here
   * (before the WebAssembly, usually), it moves into the shadow root and shows as the widget would
   * show it. The live widget replaces it when ready, whatever it says. Returns whether there is
   * one.
   */
  #showPrerendered() {
    const snippet = this.querySelector(':scope > .pvm-snippet');
    if (!snippet) return false;
    this.#mount.className = '';
    this.#mount.removeAttribute('lang');
    this.#mount.replaceChildren(document.createElement('slot'));
    loadStyle().then(
      (sheet) => {
        if (this.#widget || !this.isConnected || !this.#mount.querySelector(':scope > slot')) return;
        this.shadowRoot.adoptedStyleSheets = [sheet];
        // Moved, not copied: the page holds one copy of the view, and the widget replaces it.
        this.#mount.replaceChildren(snippet);
      },
      () => {}, // the slot stays; the widget's load reports the failure
    );
    return true;
  }

  /**
   * The pv-matrix page that a link to the widget's view opens, without a query (the widget adds
   * the view's): the `page` attribute, else `index.html` next to this file. Only http: and https:
   * addresses; another value, or an empty one, counts as absent.
   */
  #pageUrl() {
    const fallback = new URL('./index.html', import.meta.url);
    let url = fallback;
    const page = this.getAttribute('page')?.trim();
    if (page) {
      try {
        url = new URL(page, document.baseURI);
      } catch {
        url = fallback;
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') url = fallback;
    }
    url.search = '';
    url.hash = '';
    return url.href;
  }

  /** The verdicts on screen: `{ data_as_of, lang, headers, rows: [{ release, capability, status, verdict, reason, sources }] }`. */
  get verdicts() {
    return this.#widget ? JSON.parse(this.#widget.verdicts()) : null;
  }

  /**
   * The language of the page around the element: the nearest `lang`. In the iframe page
   * (embed.html) the host page's language is out of reach, so the reader's browser decides.
   */
  #pageLang() {
    if (document.documentElement.hasAttribute('data-pvm-frame')) return null;
    return this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? null;
  }

  /** The words for the element's language: its `lang` attribute, the page's, else the reader's. */
  #words() {
    const named = this.getAttribute('lang') ?? this.#pageLang();
    const lang = chooseLanguage([named, ...(navigator.languages ?? []), navigator.language]);
    this.#mount.lang = lang;
    return WORDS[lang];
  }

  #showLoading() {
    this.#mount.className = 'pvm-loading';
    this.#mount.textContent = this.#words().loading;
  }

  /**
   * The host's custom data as [label, text, error]: `custom-data="#id"` names a
   * `<script type="application/json">` on the page, anything else a same-origin URL to fetch.
   * The text is handed over as it is; the widget checks it and reports every problem. An error
   * is a code the widget words in its language: no-script, other-site, not-url, http:<status>,
   * failed.
   */
  async #customData() {
    const label = this.getAttribute('custom-data');
    if (label === null) return [undefined, undefined, undefined];
    if (label.startsWith('#')) {
      const root = this.getRootNode();
      const script = (root.getElementById ? root : document).getElementById(label.slice(1));
      if (!(script instanceof HTMLScriptElement) || script.type !== 'application/json') {
        return [label, undefined, 'no-script'];
      }
      return [label, script.textContent, undefined];
    }
    let url;
    try {
      url = new URL(label, document.baseURI);
    } catch {
      return [label, undefined, 'not-url'];
    }
    if (url.origin !== location.origin) {
      return [label, undefined, 'other-site'];
    }
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) return [label, undefined, `http:${response.status}`];
      return [label, await response.text(), undefined];
    } catch {
      return [label, undefined, 'failed'];
    }
  }

  /**
   * The attributes as a query string, in the page's URL language. Without a `lang` attribute the
   * page's language (the nearest `lang` around the element) stands in its place: by the one rule,
   * it decides where the interface speaks it, else the reader's languages do.
   */
  #query() {
    const parts = [];
    for (const name of QUERY_ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) parts.push(`${name}=${encodeURIComponent(value)}`);
    }
    const page = this.hasAttribute('lang') ? null : this.#pageLang();
    if (page) parts.push(`lang=${encodeURIComponent(page)}`);
    return `?${parts.join('&')}`;
  }
}

if (!customElements.get('pv-matrix')) customElements.define('pv-matrix', PvMatrix);
