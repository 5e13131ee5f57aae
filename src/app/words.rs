//! The words of the data (notes, the titles and addresses of sources): the WebAssembly compiles
//! in the lean data, and the complete bundle is fetched once per page, when a reader first needs
//! it (opens a verdict, exports, reads `verdicts`). Every widget on the page hears when it came.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Callback;

use super::browser;

/// Where the complete bundle is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Fetch {
    #[default]
    NotAsked,
    Loading,
    /// The bundle's text.
    Ready(Rc<str>),
    /// Why it could not be fetched, naming its address.
    Failed(Rc<str>),
}

#[derive(Default)]
struct Shared {
    fetch: Fetch,
    /// Bumped on each change, for memos to depend on.
    generation: u32,
    listeners: Vec<(u32, Callback<()>)>,
    next_listener: u32,
}

thread_local! {
    static SHARED: RefCell<Shared> = RefCell::default();
}

/// The bundle's state and its generation.
pub fn current() -> (Fetch, u32) {
    SHARED.with_borrow(|s| (s.fetch.clone(), s.generation))
}

/// Starts fetching the bundle from `url`, unless it is there or on its way.
pub fn request(url: &str) {
    let start = SHARED.with_borrow_mut(|s| {
        let start = s.fetch == Fetch::NotAsked;
        if start {
            s.fetch = Fetch::Loading;
        }
        start
    });
    if start {
        let url = url.to_owned();
        yew::platform::spawn_local(async move {
            let fetch = match browser::fetch_text(&url).await {
                Ok(text) => Fetch::Ready(text.into()),
                Err(why) => Fetch::Failed(why.into()),
            };
            set(fetch);
        });
    }
}

fn set(fetch: Fetch) {
    let listeners = SHARED.with_borrow_mut(|s| {
        s.fetch = fetch;
        s.generation += 1;
        s.listeners
            .iter()
            .map(|(_, l)| l.clone())
            .collect::<Vec<_>>()
    });
    // Outside the borrow: a listener re-renders, and a render reads the state.
    for listener in listeners {
        listener.emit(());
    }
}

/// Calls `listener` whenever the bundle's state changes, until the subscription is dropped.
pub fn subscribe(listener: Callback<()>) -> Subscription {
    SHARED.with_borrow_mut(|s| {
        let id = s.next_listener;
        s.next_listener += 1;
        s.listeners.push((id, listener));
        Subscription(id)
    })
}

/// Ends with its widget: a removed widget is not called back (nor kept alive).
pub struct Subscription(u32);

impl Drop for Subscription {
    fn drop(&mut self) {
        let id = self.0;
        SHARED.with_borrow_mut(|s| s.listeners.retain(|(l, _)| *l != id));
    }
}
