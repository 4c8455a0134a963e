//! The matcher's cost per query, on the shipped interview and on one 50 times its size
//! (1,000 turns made from it). `cargo bench --bench search`.
#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{BenchmarkId, Criterion};
    use std::hint::black_box;
    use suhbat::builtin::builtin_interview;
    use suhbat::domain::sample::repeated;
    use suhbat::domain::search::fold::Letters;
    use suhbat::domain::search::index::SearchIndex;
    use suhbat::domain::search::matcher::Scope;
    use suhbat::domain::search::query::Query;

    /// What readers type: inflected names, common words, a phrase, a miss, one letter.
    pub const QUERIES: &[&str] = &[
        "токаев",
        "казакстан",
        "сенім",
        "\"бейбітшілік пен сенім\"",
        "түркі әлемі",
        "жоқсөз",
        "а",
    ];

    pub fn benches(c: &mut Criterion) {
        let seed = builtin_interview();
        let large = repeated(&seed, 1000);
        let mut group = c.benchmark_group("search");
        for (name, interview) in [("seed", &seed), ("50x", &large)] {
            let index = SearchIndex::new(interview, &interview.original);
            group.bench_function(BenchmarkId::new("index", name), |b| {
                b.iter(|| SearchIndex::new(black_box(interview), &interview.original))
            });
            // A first keystroke: the query that matches most, the slowest to answer.
            group.bench_function(BenchmarkId::new("one letter", name), |b| {
                let query = Query::parse("а", Letters::Folded);
                b.iter(|| black_box(index.search(black_box(&query), Scope::All)))
            });
            group.bench_function(BenchmarkId::new("all queries", name), |b| {
                b.iter(|| {
                    for text in QUERIES {
                        let query = Query::parse(black_box(text), Letters::Folded);
                        black_box(index.search(&query, Scope::All));
                    }
                })
            });
        }
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::benches);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);
