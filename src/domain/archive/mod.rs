//! Many interviews as one archive: what its home lists and browses by (`catalog`), the
//! filters a reader sets there (`filters`), kept in the address, the search index built of
//! every interview (`index`), what a search shows of each interview it finds (`results`),
//! where a search stands (`search`) and what the home says of it all (`home`).

pub mod catalog;
pub mod filters;
pub mod home;
pub mod index;
pub mod results;
pub mod search;
