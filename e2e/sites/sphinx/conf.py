# A small Sphinx site with Furo and MyST-Parser, pv-matrix set up site-wide (docs/embedding.md,
# "Recipes"). e2e/site-sphinx.test.mjs copies the built bundle's files into _static/pv-matrix/
# and builds it.
project = "pv-matrix recipe (Sphinx)"
extensions = ["myst_parser"]
html_theme = "furo"
html_static_path = ["_static"]
html_js_files = [("pv-matrix/embed.js", {"type": "module"})]
exclude_patterns = ["_build"]
