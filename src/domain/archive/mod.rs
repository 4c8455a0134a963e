//! Many interviews as one archive: what its home lists and browses by (`catalog`), the
//! filters a reader sets there (`filters`), kept in the address, the search index built of
//! every interview (`index`), what a search shows of each interview it finds (`results`) and
//! where a search stands (`search`).

pub mod catalog;
pub mod filters;
pub mod index;
pub mod results;
pub mod search;
