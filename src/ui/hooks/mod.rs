//! The viewer's hooks: each owns one piece of state or one effect, so that components only
//! compose them. Timers and listeners are held by their effect and released when it is torn
//! down (the deps changed, or the component unmounted).

mod use_after_pause;
mod use_archive_search;
mod use_file_session;
mod use_freshness;
mod use_kept_settings;
mod use_restored_settings;
mod use_scroll_to_current;
mod use_search;
mod use_slash_focus;
mod use_state_machine;
mod use_turn_list;

pub use use_after_pause::use_after_pause;
pub use use_archive_search::use_archive_search;
pub use use_file_session::use_file_session;
pub use use_kept_settings::use_kept_settings;
pub use use_restored_settings::use_restored_settings;
pub use use_scroll_to_current::use_scroll_to_current;
pub use use_search::use_search;
pub use use_slash_focus::use_slash_focus;
pub use use_state_machine::use_state_machine;
pub use use_turn_list::use_turn_list;
