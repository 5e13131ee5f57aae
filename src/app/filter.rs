//! Which capabilities a view shows, after the hypervisor and status filters.

use super::state::State;
use crate::matrix::{evaluate, Capability, Release};

/// The capabilities to show for some releases: among the named ones (all when none is named),
/// in a chosen hypervisor group (all when none is chosen), and with at least one of the releases
/// at a chosen status (any when none is).
pub fn shown_capabilities(state: &State, releases: &[&Release]) -> Vec<&'static Capability> {
    state
        .matrix
        .capabilities
        .iter()
        .filter(|c| {
            state.capabilities.is_empty() || state.capabilities.iter().any(|s| s.id == c.id)
        })
        .filter(|c| state.hypervisors.is_empty() || state.hypervisors.contains(&c.hypervisor))
        .filter(|c| {
            state.statuses.is_empty()
                || releases
                    .iter()
                    .any(|r| state.statuses.contains(&evaluate(r, c).status))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::url::QueryParams;
    use crate::matrix::builtin;

    fn shown(query: &str) -> Vec<String> {
        let state = State::from_query(builtin().unwrap(), &QueryParams::parse(query));
        shown_capabilities(&state, &state.selected)
            .iter()
            .map(|c| c.id.clone())
            .collect()
    }

    #[test]
    fn filters_by_hypervisor_and_status() {
        let all = shown("?releases=rhel-6");
        assert_eq!(all.len(), builtin().unwrap().capabilities.len());
        let xen = shown("?releases=rhel-6&hypervisors=xen");
        assert!(xen.iter().all(|id| id.starts_with("xen-")), "{xen:?}");
        let xen_no = shown("?releases=rhel-6&hypervisors=xen&status=no");
        assert!(xen_no.contains(&"xen-dom0".to_owned()));
        assert!(!xen_no.contains(&"xen-pv-guest".to_owned()));
    }
}
