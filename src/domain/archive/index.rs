//! The archive's search index, built at build time by the same folding the page searches with,
//! and read in the browser a shard at a time (Pagefind's idea): the words of every interview in
//! every language, folded, each with the documents (an interview in one language) it occurs in
//! and how often, cut into shards by the words' first letters, so that a query fetches only the
//! shards its words start with.
//!
//! The index finds interviews by the start of a word: `тоқ` finds «Тоқаев», `аев` does not. It
//! only picks the interviews to look at; what a result shows (its count and snippets) comes from
//! searching the interview itself with the page's own `Searcher`, so the count is the page's.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::domain::language::letters_for;
use crate::domain::model::{Interview, Lang};
use crate::domain::search::fold::{FoldedText, Letters};
use crate::domain::search::query::Query;

/// The folder of the site that holds the index's shards.
pub const INDEX_DIR: &str = "_index";

/// How many first letters of a word name its shard.
const KEY_CHARS: usize = 2;

/// About how large a shard's JSON grows before the next key starts another.
const SHARD_BYTES: usize = 24_000;

/// A document: an interview (by its place in the catalog) in one of its languages, numbered
/// as `Catalog::documents` lists them.
pub type DocId = u32;

/// The folding a shard holds words in: the page's default, or through the Latin alphabet
/// (which a query typed in Latin letters reads Kazakh and Russian text with).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Mode {
    /// `Letters::Folded` (and the candidates of `Letters::Exact`, which finds less).
    #[serde(rename = "f")]
    Folded,
    /// `Letters::Latin`.
    #[serde(rename = "l")]
    Latin,
}

impl Mode {
    /// The mode whose words a query read with `letters` is looked up in.
    pub fn of(letters: Letters) -> Self {
        match letters {
            Letters::Latin => Mode::Latin,
            Letters::Folded | Letters::Exact => Mode::Folded,
        }
    }

    fn letters(self) -> Letters {
        match self {
            Mode::Folded => Letters::Folded,
            Mode::Latin => Letters::Latin,
        }
    }

    /// The modes a document in `lang` is indexed in: Latin too where a Latin query is read
    /// through the Latin alphabet (`letters_for`).
    fn for_language(lang: &str) -> Vec<Mode> {
        if letters_for(Letters::Folded, "a", lang) == Letters::Latin {
            vec![Mode::Folded, Mode::Latin]
        } else {
            vec![Mode::Folded]
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            Mode::Folded => "f",
            Mode::Latin => "l",
        }
    }
}

/// The words of folded text: its runs of letters and digits.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
}

/// The shard key of a word: its first `KEY_CHARS` letters.
fn shard_key(word: &str) -> &str {
    let end = word
        .char_indices()
        .nth(KEY_CHARS)
        .map_or(word.len(), |(at, _)| at);
    &word[..end]
}

/// Words to the documents they occur in and how often, by document: `[gap, count, gap,
/// count, …]`, each gap the document's id less the one before it (small numbers are short).
pub type Shard = BTreeMap<String, Vec<DocId>>;

/// The shards a search has fetched, by mode and file.
pub type Shards = HashMap<(Mode, String), Shard>;

/// Where each shard of the index is, as the home carries it: mode, then key, then file name
/// (in `INDEX_DIR`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The shards' files by mode and key.
    pub shards: BTreeMap<Mode, BTreeMap<String, String>>,
}

impl Manifest {
    /// Records that `shard` is written as `file`.
    pub fn add(&mut self, shard: &BuiltShard, file: &str) {
        let keys = self.shards.entry(shard.mode).or_default();
        keys.extend(shard.keys.iter().map(|key| (key.clone(), file.to_owned())));
    }
}

/// A shard as the build writes it.
pub struct BuiltShard {
    /// Its mode.
    pub mode: Mode,
    /// Its keys: the first letters of its words, in order.
    pub keys: Vec<String>,
    /// Its JSON.
    pub json: String,
}

impl BuiltShard {
    /// A file name for the shard, unique and safe in any address: the mode, its first key's
    /// bytes in hex, and `version` (a hash of the content, so browsers may cache it for good).
    pub fn file_name(&self, version: &str) -> String {
        let hex: String = self.keys[0].bytes().map(|b| format!("{b:02x}")).collect();
        format!("{}{hex}.{version}.json", self.mode.prefix())
    }
}

/// Builds the index of an archive, one document at a time.
#[derive(Default)]
pub struct IndexBuilder {
    words: BTreeMap<(Mode, String), BTreeMap<DocId, u32>>,
}

impl IndexBuilder {
    /// Adds `interview` in `lang` as document `doc`.
    pub fn add(&mut self, doc: DocId, interview: &Interview, lang: &str) {
        let lead = interview.lead.get(lang).into_iter().flatten();
        let turns = interview
            .turns
            .iter()
            .flat_map(|turn| turn.paragraphs_in(lang));
        let paragraphs: Vec<&String> = lead.chain(turns).collect();
        for mode in Mode::for_language(lang) {
            for paragraph in &paragraphs {
                let folded = FoldedText::new(paragraph, mode.letters());
                for word in words(folded.as_str()) {
                    let docs = self.words.entry((mode, word.to_owned())).or_default();
                    *docs.entry(doc).or_default() += 1;
                }
            }
        }
    }

    /// The shards, in mode and key order: the words of neighbouring keys together until a
    /// shard holds about `SHARD_BYTES`, so that a small archive is a few files and a large
    /// one's query fetches little.
    pub fn finish(self) -> Vec<BuiltShard> {
        let mut by_key: BTreeMap<(Mode, String), Shard> = BTreeMap::new();
        for ((mode, word), docs) in self.words {
            let postings = docs
                .into_iter()
                .scan(0, |previous, (doc, count)| {
                    let gap = doc - *previous;
                    *previous = doc;
                    Some([gap, count])
                })
                .flatten()
                .collect();
            let key = shard_key(&word).to_owned();
            by_key
                .entry((mode, key))
                .or_default()
                .insert(word, postings);
        }
        let mut built: Vec<BuiltShard> = Vec::new();
        let mut current: Option<(BuiltShard, Shard)> = None;
        for ((mode, key), shard) in by_key {
            let json = serde_json::to_string(&shard).expect("a shard always serialises");
            match &mut current {
                Some((open, words))
                    if open.mode == mode && open.json.len() + json.len() <= SHARD_BYTES =>
                {
                    words.extend(shard);
                    open.json.push_str(&json);
                    open.keys.push(key);
                }
                _ => {
                    built.extend(current.take().map(close));
                    let open = BuiltShard {
                        mode,
                        keys: vec![key],
                        json,
                    };
                    current = Some((open, shard));
                }
            }
        }
        built.extend(current.map(close));
        built
    }
}

/// A shard made whole: its JSON written from all the words it gathered.
fn close((mut shard, words): (BuiltShard, Shard)) -> BuiltShard {
    shard.json = serde_json::to_string(&words).expect("a shard always serialises");
    shard
}

/// What a query needs of the index: per mode, each term's first word (the term must start a
/// word there), and the documents to look in (none where a term has no word to start).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IndexQuery {
    /// Per mode: the documents read in it, and the first word of each term.
    pub modes: BTreeMap<Mode, (Vec<DocId>, Vec<String>)>,
}

impl IndexQuery {
    /// The lookups `text` needs in `docs` (each document with its language).
    pub fn new(text: &str, docs: &[(DocId, &str)]) -> Self {
        let mut modes: BTreeMap<Mode, (Vec<DocId>, Vec<String>)> = BTreeMap::new();
        for &(doc, lang) in docs {
            let letters = letters_for(Letters::Folded, text, lang);
            let mode = Mode::of(letters);
            let (mode_docs, firsts) = modes.entry(mode).or_insert_with(|| {
                let query = Query::parse(text, letters);
                let firsts: Vec<String> = query
                    .terms()
                    .iter()
                    .filter_map(|term| words(term).next().map(str::to_owned))
                    .collect();
                // A term without a letter or digit starts no word: nothing is found by it.
                let searchable = firsts.len() == query.terms().len();
                (Vec::new(), if searchable { firsts } else { Vec::new() })
            });
            if !firsts.is_empty() {
                mode_docs.push(doc);
            }
        }
        IndexQuery { modes }
    }

    /// The shard files (with their mode) the query needs, as the manifest names them.
    pub fn shards<'a>(&self, manifest: &'a Manifest) -> Vec<(Mode, &'a str)> {
        let mut needed = Vec::new();
        for (mode, (_, firsts)) in &self.modes {
            let Some(keys) = manifest.shards.get(mode) else {
                continue;
            };
            for word in firsts {
                let key = shard_key(word);
                let covering = keys.keys().filter(|k| {
                    if key.chars().count() < KEY_CHARS {
                        k.starts_with(key)
                    } else {
                        k.as_str() == key
                    }
                });
                needed.extend(covering.map(|k| (*mode, keys[k].as_str())));
            }
        }
        needed.sort();
        needed.dedup();
        needed
    }

    /// The documents where every term starts a word, with a score (how often), best first.
    /// `shards` must hold every shard `shards()` named (a missing one finds nothing).
    pub fn candidates(&self, shards: &Shards) -> Vec<(DocId, u32)> {
        let mut found: Vec<(DocId, u32)> = Vec::new();
        for (mode, (docs, firsts)) in &self.modes {
            let mut scores: HashMap<DocId, u32> = docs.iter().map(|&d| (d, 0)).collect();
            for word in firsts {
                let mut hits: HashMap<DocId, u32> = HashMap::new();
                let matching_shards = shards.iter().filter(|((m, _), _)| m == mode);
                for (_, shard) in matching_shards {
                    for (_, postings) in shard
                        .range(word.clone()..)
                        .take_while(|(w, _)| w.starts_with(word.as_str()))
                    {
                        let mut doc = 0;
                        for pair in postings.chunks_exact(2) {
                            doc += pair[0];
                            *hits.entry(doc).or_default() += pair[1];
                        }
                    }
                }
                scores.retain(|doc, score| {
                    hits.get(doc).is_some_and(|h| {
                        *score += h;
                        true
                    })
                });
            }
            found.extend(scores);
        }
        found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        found
    }
}

/// `interview` in `lang` alone (as the only, original language): what a result is counted and
/// quoted from, a fraction of the whole.
pub fn in_one_language(interview: &Interview, lang: &str) -> Interview {
    let keep = |texts: &BTreeMap<Lang, String>| {
        texts
            .get(lang)
            .or_else(|| texts.get(&interview.original))
            .map(|text| BTreeMap::from([(lang.to_owned(), text.clone())]))
            .unwrap_or_default()
    };
    let mut one = interview.clone();
    one.original = lang.to_owned();
    one.title = keep(&interview.title);
    one.source = keep(&interview.source);
    one.place = keep(&interview.place);
    one.rights = keep(&interview.rights);
    one.lead.retain(|l, _| l == lang);
    for turn in &mut one.turns {
        turn.paragraphs.retain(|l, _| l == lang);
    }
    for person in [&mut one.interviewee, &mut one.interviewer]
        .into_iter()
        .flatten()
    {
        person.name = keep(&person.name);
        person.role = keep(&person.role);
    }
    one
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::from_text;

    fn shards_of(interviews: &[Interview]) -> (Manifest, Shards) {
        let mut builder = IndexBuilder::default();
        for (doc, interview) in (0..).zip(interviews) {
            builder.add(doc, interview, "kk");
        }
        let mut manifest = Manifest::default();
        let mut shards = Shards::new();
        for (number, shard) in builder.finish().into_iter().enumerate() {
            let file = shard.file_name(&number.to_string());
            manifest.add(&shard, &file);
            shards.insert(
                (shard.mode, file),
                serde_json::from_str(&shard.json).unwrap(),
            );
        }
        (manifest, shards)
    }

    #[test]
    fn every_term_must_start_a_word_in_the_interview() {
        let (_, shards) = shards_of(&[
            from_text("- Тоқаев пен бейбітшілік?\n- Иә."),
            from_text("- Тоқаевтың сөзі?\n- Жоқ."),
            from_text("- Сөз?\n- Бейбітшілік."),
        ]);
        let docs = [(0, "kk"), (1, "kk"), (2, "kk")];
        let found = |text: &str| -> Vec<DocId> {
            let mut found: Vec<DocId> = IndexQuery::new(text, &docs)
                .candidates(&shards)
                .into_iter()
                .map(|(doc, _)| doc)
                .collect();
            found.sort_unstable();
            found
        };
        assert_eq!(found("токаев"), [0, 1]);
        assert_eq!(found("токаев бейбит"), [0]);
        assert_eq!(found("toqaev"), [0, 1]);
        assert_eq!(found("аев"), Vec::<DocId>::new());
        assert_eq!(found("«»"), Vec::<DocId>::new());
        assert_eq!(found("токаев ?"), Vec::<DocId>::new());
    }

    #[test]
    fn a_query_needs_only_the_shards_of_its_words_first_letters() {
        let (manifest, _) = shards_of(&[from_text("- Тоқаев?\n- Бейбітшілік.")]);
        let needed = IndexQuery::new("бейбіт", &[(0, "kk")]).shards(&manifest);
        let all: usize = manifest.shards.values().map(BTreeMap::len).sum();
        assert!(
            !needed.is_empty() && needed.len() < all.max(2),
            "{needed:?} of {all}"
        );
        assert_eq!(
            needed
                .iter()
                .filter(|(mode, _)| *mode == Mode::Latin)
                .count(),
            0
        );
    }
}
