//! What the screen shows, from the reader's state and the search results: the rules the
//! components follow, here so that native tests reach them.

pub mod citation;
pub mod embedded;
pub mod files;
pub mod map;
pub mod matches;
pub mod progressive;
pub mod settings;
pub mod state;
pub mod ui_text;
pub mod visibility;
