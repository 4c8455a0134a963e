use std::rc::Rc;

use yew::prelude::*;

/// A pure state of the view (`domain::view`) and its transition, which Yew's reducer drives.
pub trait StateMachine: Clone + 'static {
    /// Every change to the state.
    type Action;
    /// The state after `action`.
    fn apply(&self, action: Self::Action) -> Self;
}

impl StateMachine for crate::domain::view::state::ViewState {
    type Action = crate::domain::view::state::Action;
    fn apply(&self, action: Self::Action) -> Self {
        self.apply(action)
    }
}

impl StateMachine for crate::domain::view::files::FileSession {
    type Action = crate::domain::view::files::FileAction;
    fn apply(&self, action: Self::Action) -> Self {
        self.apply(action)
    }
}

/// The state as Yew keeps it.
pub struct Machine<S>(pub S);

impl<S: StateMachine> Reducible for Machine<S> {
    type Action = S::Action;

    fn reduce(self: Rc<Self>, action: S::Action) -> Rc<Self> {
        Rc::new(Machine(self.0.apply(action)))
    }
}

/// The state, starting at `initial`, and a callback that applies an action to it.
#[hook]
pub fn use_state_machine<S: StateMachine>(initial: impl FnOnce() -> S) -> (S, Callback<S::Action>) {
    let machine = use_reducer(move || Machine(initial()));
    let dispatch = {
        let machine = machine.clone();
        Callback::from(move |action| machine.dispatch(action))
    };
    (machine.0.clone(), dispatch)
}
