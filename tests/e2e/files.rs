//! A reader's own interview files, opened in the page by the file chooser: parsed in the
//! browser, searchable, kept for the next visit; bad and hostile files refused or rendered
//! inert, with the interview on screen left as it was.

use std::path::{Path, PathBuf};

use fantoccini::Locator;
use serde_json::{Value, json};

use crate::harness::{Browser, JavaScript, PageLoad};

const TURNS: &str = "return document.querySelectorAll('main [data-turn]').length";
const NOTICE: &str =
    "const n = document.querySelector('.file-bar__notice'); return n && n.textContent";
const OPENED: &str =
    "const n = document.querySelector('.file-bar__name'); return n && n.textContent";

const MY_INTERVIEW: &str = " date 2024-03-08\nАлматыда әңгімелестік.\n\
    - Қазақстанда не жаңалық?\n- Көктем келді, Қазақстан гүлдейді.\nЕкінші абзац.\n\
    - Тағы не?\n- Бәрі жақсы.\n";
const MY_TRANSLATION: &str = " date 2024-03-08\nWe talked in Almaty.\n\
    - What is new in Kazakhstan?\n- Spring has come, Kazakhstan is in bloom.\nA second paragraph.\n\
    - What else?\n- All is well.\n";

/// Writes `files` (name, bytes) into a fresh folder of their own and returns their paths.
fn write_files(folder: &str, files: &[(&str, &[u8])]) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target/e2e/files")
        .join(folder);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    files
        .iter()
        .map(|(name, bytes)| {
            let path = dir.join(name);
            std::fs::write(&path, bytes).unwrap();
            path
        })
        .collect()
}

/// Chooses `paths` together in the page's file chooser, as a reader does in the dialog.
async fn choose_files(browser: &Browser, paths: &[PathBuf]) {
    let paths: Vec<String> = paths
        .iter()
        .map(|p| p.to_str().unwrap().to_owned())
        .collect();
    let input = browser.client.find(Locator::Id("open-file")).await.unwrap();
    input.send_keys(&paths.join("\n")).await.unwrap();
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn a_readers_own_interview_opens_searches_switches_language_and_survives_a_reload() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("").await;
    let files = write_files(
        "own",
        &[
            ("my-interview.txt", MY_INTERVIEW.as_bytes()),
            ("en.txt", MY_TRANSLATION.as_bytes()),
        ],
    );
    choose_files(&browser, &files).await;

    assert_eq!(browser.eventually(TURNS, json!(4)).await, 4);
    assert_eq!(
        browser.script(OPENED).await,
        "my-interview.txt, en.txt",
        "the page names the files it shows"
    );
    let answer = browser
        .script("return document.querySelector('[data-turn=a1] p').textContent")
        .await;
    assert_eq!(answer, "Көктем келді, Қазақстан гүлдейді.");

    browser.type_query("казакстан").await;
    assert_eq!(
        browser.marks().await,
        ["Қазақстан", "Қазақстан"],
        "folded search works on the reader's file"
    );
    let offered = browser
        .script(
            "return [...document.querySelectorAll('.language__select option')].map(o => o.value)",
        )
        .await;
    let offered: Vec<String> = serde_json::from_value(offered).unwrap();
    assert!(offered.contains(&"en".to_owned()), "{offered:?}");
    assert!(offered.contains(&"kk-Latn".to_owned()), "{offered:?}");

    browser.client.refresh().await.unwrap();
    browser.wait_until_ready().await;
    assert_eq!(
        browser
            .eventually(OPENED, json!("my-interview.txt, en.txt"))
            .await,
        "my-interview.txt, en.txt"
    );
    assert_eq!(browser.eventually(TURNS, json!(4)).await, 4);
    let url = browser.client.current_url().await.unwrap();
    browser
        .client
        .goto(&format!("{}#a2", url.as_str().split('#').next().unwrap()))
        .await
        .unwrap();
    assert_eq!(
        browser
            .eventually(
                "return location.hash === '#a2' && !!document.getElementById('a2')",
                json!(true)
            )
            .await,
        true,
        "deep links reach the reader's turns"
    );

    browser.script("window.scrollTo(0, 0); return 0").await;
    browser
        .client
        .find(Locator::Css(".file-bar__forget"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(browser.eventually(TURNS, json!(19)).await, 19);
    assert_eq!(browser.script(OPENED).await, Value::Null);
    browser.client.refresh().await.unwrap();
    browser.wait_until_ready().await;
    assert_eq!(browser.script(TURNS).await, 19, "forgotten for good");
    assert_eq!(browser.console_problems().await, Vec::<String>::new());
    browser.close().await;
}

/// A file of `size` bytes that takes no room on disk.
fn sparse_file(folder: &Path, name: &str, size: u64) -> PathBuf {
    let path = folder.join(name);
    std::fs::File::create(&path).unwrap().set_len(size).unwrap();
    path
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn bad_files_are_refused_by_name_and_line_and_the_interview_stays() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("").await;
    let files = write_files(
        "bad",
        &[
            ("latin1.txt", b"- Caf\xe9?\n- Oui.\n"),
            ("picture.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            ("empty.txt", b"  \n\n"),
            ("future.json", br#"{"schema": 2, "turns": []}"#),
            ("interview.txt", MY_INTERVIEW.as_bytes()),
            (
                "ru.txt",
                " date 2024-03-08\nВступление.\n- Что нового?\n- Весна.\n".as_bytes(),
            ),
        ],
    );
    let huge = sparse_file(files[0].parent().unwrap(), "huge.txt", 50 * 1024 * 1024);
    let cases: [(&[PathBuf], &[&str]); 6] = [
        (&files[0..1], &["latin1.txt:1: ", "UTF-8"]),
        (&files[1..2], &["picture.png:", "not a text file"]),
        (&files[2..3], &["empty.txt:1: "]),
        (&files[3..4], &["future.json: ", "2"]),
        (
            &files[4..6],
            &["ru.txt:", "`ru` has 2 turns, the original has 4"],
        ),
        (std::slice::from_ref(&huge), &["huge.txt: 50.0 MB"]),
    ];
    for (chosen, expected) in cases {
        choose_files(&browser, chosen).await;
        let says_all = format!(
            "const n = document.querySelector('.file-bar__notice');
             return !!n && {expected:?}.every(e => n.textContent.includes(e))"
        );
        let notice = browser.eventually(&says_all, json!(true)).await;
        assert_eq!(
            notice,
            true,
            "{expected:?}: {}",
            browser.script(NOTICE).await
        );
        assert_eq!(browser.script(TURNS).await, 19, "the interview stays");
        assert_eq!(browser.script(OPENED).await, Value::Null);
    }
    browser.save_screenshot("bad-file").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn a_hostile_file_renders_as_inert_text() {
    let long_word = "ж".repeat(100_000);
    let hostile = format!(
        "- <script>window.pwned = 1</script> сұрақ?\n\
         - <img src=x onerror=\"window.pwned = 2\"> <a href=\"javascript:window.pwned=3\">сілтеме</a>\n\
         - \u{202e}сөз кері\u{202c} {long_word}\n\
         - <style>body {{ display: none }}</style><iframe src=\"javascript:1\"></iframe>\n"
    );
    let files = write_files("hostile", &[("hostile.txt", hostile.as_bytes())]);
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("").await;
    choose_files(&browser, &files).await;
    assert_eq!(browser.eventually(TURNS, json!(4)).await, 4);
    browser.type_query("script").await;

    let injected = browser
        .script(
            "return [window.pwned, document.querySelectorAll('main img, main script, main style, main iframe, main a[href^=javascript]').length]",
        )
        .await;
    assert_eq!(
        injected,
        json!([null, 0]),
        "no script ran, no element was injected"
    );
    let first = browser
        .script("return document.querySelector('[data-turn=q1] p').textContent")
        .await;
    assert_eq!(first, "<script>window.pwned = 1</script> сұрақ?");
    let fits = browser
        .script("return document.documentElement.scrollWidth <= window.innerWidth")
        .await;
    assert_eq!(
        fits, true,
        "a 100,000-letter word wraps instead of widening the page"
    );
    browser.save_screenshot("hostile-file").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn a_long_interview_marks_and_filters_the_current_match_at_once_and_every_turn_soon_after() {
    use suhbat::domain::search::fold::Letters;
    use suhbat::domain::search::index::SearchIndex;
    use suhbat::domain::search::matcher::Scope;
    use suhbat::domain::search::query::Query;
    use suhbat::domain::view::settings::PageSettings;
    use suhbat::domain::view::visibility::Visibility;

    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/interviews/turksoy-2025-12-13/kk.txt"
    ))
    .unwrap();
    let (lead, turns) = seed.split_once("\n- ").unwrap();
    let long = format!("{lead}\n- {}", vec![turns.trim_end(); 21].join("\n- "));
    let interview =
        suhbat::domain::input::files::open_files(&[suhbat::domain::input::files::PickedFile {
            name: "long.txt".into(),
            bytes: long.clone().into_bytes(),
        }])
        .unwrap();
    assert_eq!(interview.turns.len(), 19 * 21);
    let expected = SearchIndex::new(&interview, "kk")
        .search(&Query::parse("токаев", Letters::Folded), Scope::All)
        .total;

    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("?view=highlight").await;
    let files = write_files("long", &[("long.txt", long.as_bytes())]);
    choose_files(&browser, &files).await;
    assert_eq!(browser.eventually(TURNS, json!(399)).await, 399);
    browser.type_query("токаев").await;
    let current = browser
        .script("return document.querySelectorAll('main mark[aria-current]').length")
        .await;
    assert_eq!(current, 1, "the current match is marked at once");
    let all_marked = browser
        .eventually(
            "return document.querySelectorAll('main mark').length",
            json!(expected),
        )
        .await;
    assert_eq!(all_marked, expected, "every match is marked soon after");
    let search = browser.client.find(Locator::Id("search")).await.unwrap();
    search
        .send_keys(&fantoccini::key::Key::Escape.to_string())
        .await
        .unwrap();
    assert_eq!(
        browser
            .eventually(
                "return document.querySelectorAll('main mark').length",
                json!(0)
            )
            .await,
        0,
        "and every mark goes when the box is cleared"
    );

    // In the filter view the turns far from the current match are shown or hidden just after
    // too, until exactly the matching turns and their context are left.
    let settings = PageSettings {
        text: "токаев".into(),
        ..PageSettings::default()
    };
    let result = SearchIndex::new(&interview, "kk")
        .search(&Query::parse(&settings.text, Letters::Folded), Scope::All);
    let visibility = Visibility::of(&interview, &[&result], &settings, true);
    let expected_turns = visibility.turns.iter().filter(|shown| **shown).count();
    assert!(expected_turns < 399);
    browser
        .script("document.querySelectorAll('.search input[type=checkbox]')[1].click()")
        .await;
    browser.type_query("токаев").await;
    let shown_turns = browser
        .eventually(
            "return [...document.querySelectorAll('main [data-turn]')]
                .filter(turn => !turn.closest('[hidden]')).length",
            json!(expected_turns),
        )
        .await;
    assert_eq!(shown_turns, expected_turns, "the filter reaches every turn");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn with_storage_full_the_file_still_opens_and_the_page_says_it_will_not_be_kept() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("").await;
    let filled = browser
        .script(
            "let i = 0;
             for (let size = 256 * 1024; size >= 1; size = Math.floor(size / 2)) {
                 const chunk = 'x'.repeat(size);
                 try { for (;;) localStorage.setItem('filler' + i++, chunk); } catch (e) {}
             }
             return i > 1;",
        )
        .await;
    assert_eq!(filled, true, "the storage is full");
    let files = write_files("full", &[("mine.txt", MY_INTERVIEW.as_bytes())]);
    choose_files(&browser, &files).await;
    assert_eq!(
        browser.eventually(TURNS, json!(4)).await,
        4,
        "it opens anyway"
    );
    let notice = browser.script(NOTICE).await;
    assert!(notice.as_str().unwrap().contains("сақталмады"), "{notice}");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./scripts/test"]
async fn files_dropped_on_the_page_open_like_chosen_ones() {
    let browser = Browser::open(JavaScript::On, PageLoad::Normal).await;
    browser.open_site("").await;
    let dropped = browser
        .client
        .execute(
            "const [text, translation] = arguments;
             const files = new DataTransfer();
             files.items.add(new File([text], 'dropped.txt', {type: 'text/plain'}));
             files.items.add(new File([translation], 'en.txt', {type: 'text/plain'}));
             const over = new DragEvent('dragover', {dataTransfer: files, bubbles: true, cancelable: true});
             document.querySelector('main').dispatchEvent(over);
             const cue = document.documentElement.classList.contains('dropping');
             const drop = new DragEvent('drop', {dataTransfer: files, bubbles: true, cancelable: true});
             document.querySelector('main').dispatchEvent(drop);
             return [cue, over.defaultPrevented, drop.defaultPrevented];",
            vec![json!(MY_INTERVIEW), json!(MY_TRANSLATION)],
        )
        .await
        .unwrap();
    assert_eq!(
        dropped,
        json!([true, true, true]),
        "the page shows the cue and keeps the browser from navigating to the file"
    );
    assert_eq!(browser.eventually(TURNS, json!(4)).await, 4);
    assert_eq!(browser.script(OPENED).await, "dropped.txt, en.txt");
    let cue = browser
        .script("return document.documentElement.classList.contains('dropping')")
        .await;
    assert_eq!(cue, false, "the cue goes with the drop");
    browser.close().await;
}
