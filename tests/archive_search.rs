//! The archive's search against the page's: on every query of the test archive, in every
//! language, with letters folded or exact, a result's count is its page's count, and the index misses no interview where a
//! match starts a word (the rule the README states).

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::rc::Rc;

use suhbat::build::folders::read_archive;
use suhbat::domain::archive::catalog::Catalog;
use suhbat::domain::archive::index::{
    IndexBuilder, IndexQuery, Mode, Shard, Shards, in_one_language,
};
use suhbat::domain::archive::results::ArchiveResult;
use suhbat::domain::model::Interview;
use suhbat::domain::search::fold::Letters;
use suhbat::domain::search::{SearchRequest, Searcher};

const QUERIES: &[&str] = &[
    "Тоқаев",
    "токаев",
    "toqaev",
    "Tokayev",
    "абай",
    "байконур",
    "\"бейбітшілік пен сенім\"",
    "мұражай",
    "space",
    "ә",
    "т",
    "2025",
    "қазақ тілі",
    "космос мир",
    "<script>",
];

struct Built {
    catalog: Catalog,
    interviews: Vec<Rc<Interview>>,
    /// Every shard, by file name.
    files: HashMap<String, (Mode, Shard)>,
}

impl Built {
    /// What a browser has after fetching the shards `query` asks for, and only those.
    fn fetched(&self, query: &IndexQuery) -> Shards {
        query
            .shards(&self.catalog.index)
            .into_iter()
            .map(|(mode, file)| ((mode, file.to_owned()), self.files[file].1.clone()))
            .collect()
    }
}

fn archive() -> Built {
    let archive = read_archive(std::path::Path::new("tests/archive")).unwrap();
    let mut catalog = Catalog::new(archive.iter().map(|a| (a.slug.as_str(), &a.interview)));
    let interviews: Vec<Rc<Interview>> = catalog
        .entries
        .iter()
        .map(|e| {
            let archived = archive.iter().find(|a| a.slug == e.slug).unwrap();
            Rc::new(archived.interview.clone())
        })
        .collect();
    let mut builder = IndexBuilder::default();
    for (doc, (entry, lang)) in (0..).zip(catalog.documents()) {
        builder.add(doc, &interviews[entry], lang);
    }
    let mut files = HashMap::new();
    for (number, shard) in builder.finish().into_iter().enumerate() {
        let file = shard.file_name(&number.to_string());
        catalog.index.add(&shard, &file);
        files.insert(
            file,
            (shard.mode, serde_json::from_str(&shard.json).unwrap()),
        );
    }
    assert!(
        files.len() < 40,
        "a small archive is a few files, not {}",
        files.len()
    );
    Built {
        catalog,
        interviews,
        files,
    }
}

/// Matches of `text` in the page's search whose first letter starts a word.
fn word_start_matches(interview: &Interview, lang: &str, request: &SearchRequest) -> usize {
    let searcher = Searcher::new(Rc::new(interview.clone().with_kazakh_latin()));
    let result = searcher.search(request, lang).result;
    let lead = interview.lead.get(lang).map_or(&[][..], Vec::as_slice);
    let blocks = std::iter::once((result.lead.as_ref(), lead)).chain(
        interview
            .turns
            .iter()
            .zip(&result.turns)
            .map(|(turn, hits)| (hits.as_ref(), turn.paragraphs_in(lang))),
    );
    let mut count = 0;
    for (hits, paragraphs) in blocks {
        let Some(hits) = hits else { continue };
        for (paragraph, spans) in paragraphs.iter().zip(&hits.paragraphs) {
            count += spans
                .iter()
                .filter(|span| {
                    paragraph[..span.start]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
                })
                .count();
        }
    }
    count
}

#[test]
fn every_result_counts_what_its_page_counts_and_no_word_start_match_is_missed() {
    let built = archive();
    let (catalog, interviews) = (&built.catalog, &built.interviews);
    let docs = catalog.documents();
    let exactly = QUERIES.iter().map(|text| (*text, Letters::Exact));
    for (text, letters) in QUERIES
        .iter()
        .map(|text| (*text, Letters::Folded))
        .chain(exactly)
    {
        let request = SearchRequest {
            text: text.into(),
            letters,
            ..SearchRequest::default()
        };
        let all: Vec<(u32, &str)> = (0..).zip(docs.iter().map(|(_, lang)| *lang)).collect();
        let query = IndexQuery::new(text, &all);
        let candidates: Vec<u32> = query
            .candidates(&built.fetched(&query))
            .into_iter()
            .map(|(d, _)| d)
            .collect();
        for (doc, &(entry, lang)) in (0..).zip(&docs) {
            let page = Searcher::new(Rc::new(
                interviews[entry].as_ref().clone().with_kazakh_latin(),
            ));
            let page_count = page.search(&request, lang).result.total;
            let one = Rc::new(in_one_language(&interviews[entry], lang));
            let result = ArchiveResult::of(entry, &Searcher::new(one), lang, &request);
            assert_eq!(
                result.map_or(0, |r| r.count),
                page_count,
                "{text:?} in {} ({lang})",
                catalog.entries[entry].slug
            );
            if word_start_matches(&interviews[entry], lang, &request) > 0 {
                assert!(
                    candidates.contains(&doc),
                    "{text:?}: the index misses {} ({lang})",
                    catalog.entries[entry].slug
                );
            }
        }
    }
}

#[test]
fn a_name_typed_on_a_russian_keyboard_finds_it_in_every_original_it_is_in() {
    let built = archive();
    let catalog = &built.catalog;
    let originals: Vec<(u32, &str)> = (0..)
        .zip(catalog.documents())
        .filter(|(_, (entry, lang))| catalog.entries[*entry].original == *lang)
        .map(|(doc, (_, lang))| (doc, lang))
        .collect();
    let docs = catalog.documents();
    let found = |text: &str| -> Vec<&str> {
        let query = IndexQuery::new(text, &originals);
        let mut slugs: Vec<&str> = query
            .candidates(&built.fetched(&query))
            .into_iter()
            .map(|(doc, _)| catalog.entries[docs[doc as usize].0].slug.as_str())
            .collect();
        slugs.sort();
        slugs
    };
    let expected = [
        "abai-oqulary-2024-08-10",
        "baikonur-2023-04-12",
        "turksoy-2025-12-13",
    ];
    assert_eq!(found("токаев"), expected);
    assert_eq!(found("Тоқаев"), expected);
    assert_eq!(found("toqaev"), expected);
    assert_eq!(found("музей"), ["dala-muzeii-2022-06-01"]);
    assert!(
        found("аев").is_empty(),
        "the index finds words by their start"
    );
}
