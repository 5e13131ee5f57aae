# Sourced by the scripts: puts the project's tools first on PATH.
# npm's binaryen must win over any other wasm-opt: older ones cannot read current wasm-bindgen
# output.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}"
