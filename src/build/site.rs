//! The site Trunk's build becomes (its post-build step): one interview's page at the root, as
//! always; or, for an archive, a home at the root listing every interview, each interview's page
//! in its own folder, and the search index. Interview pages load the viewer's WASM (Trunk's
//! build of `index.html`); the home loads its own (`archive.html`'s, built before and named in
//! `$SUHBAT_ARCHIVE_APP`), so that the viewer's carries nothing of the home.

use std::path::{Path, PathBuf};

use crate::build::app_loading::{app_files, prefetching};
use crate::build::folders::{Archived, FileError, folder_entries, read_archive};
use crate::build::precompress::precompress;
use crate::build::prerender::{Place, prerender_home, prerender_page};
use crate::build::single_file::{SINGLE_FILE_NAME, single_file, single_file_of};
use sha2::{Digest, Sha256};

use crate::domain::archive::catalog::Catalog;
use crate::domain::archive::index::{INDEX_DIR, IndexBuilder, Manifest, in_one_language};
use crate::domain::model::Interview;
use crate::domain::view::embedded::{FILE_ATTRIBUTE, json_script};

/// The folder of interviews built when none is named.
pub const DEFAULT_INTERVIEWS: &str = "assets/interviews";

/// Where the interviews come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A folder of interview folders (`$SUHBAT_INTERVIEWS`, else `assets/interviews`).
    Folder(PathBuf),
    /// One interview's JSON (`$SUHBAT_INTERVIEW_JSON`: a benchmark's interview).
    Json(PathBuf),
}

impl Source {
    /// The source the environment names.
    pub fn from_env() -> Self {
        if let Some(json) = std::env::var_os("SUHBAT_INTERVIEW_JSON") {
            return Source::Json(json.into());
        }
        let folder = std::env::var_os("SUHBAT_INTERVIEWS").unwrap_or(DEFAULT_INTERVIEWS.into());
        Source::Folder(folder.into())
    }

    /// Whether it is an archive (a home and the home's app are built) rather than one
    /// interview; a folder that cannot be read is one, for the build to report.
    pub fn is_archive(&self) -> bool {
        match self {
            Source::Json(_) => false,
            Source::Folder(folder) => folder_entries(folder).is_ok_and(|e| e.len() > 1),
        }
    }

    /// Every interview of the source.
    pub fn read(&self) -> Result<Vec<Archived>, FileError> {
        match self {
            Source::Json(path) => {
                let text =
                    String::from_utf8_lossy(&crate::build::folders::read(path)?).into_owned();
                let interview = Interview::from_json(&text).map_err(|e| FileError {
                    file: path.clone(),
                    line: None,
                    problem: e.to_string(),
                })?;
                Ok(vec![Archived {
                    slug: String::new(),
                    interview,
                }])
            }
            Source::Folder(folder) => read_archive(folder),
        }
    }
}

/// A file of the site: its path under `dist/` and its text.
type SiteFile = (String, String);

/// How much data the one-file archive may carry. Past it the file takes long to open (every
/// interview is in it) and to mail; the folder, served, fetches only what a reader asks for.
pub const SINGLE_FILE_LIMIT_BYTES: usize = 20_000_000;

/// The search index's shards (in `INDEX_DIR`) and each interview in each of its languages
/// (`<slug>/<lang>.json`, what a result is counted and quoted from), and where the shards are.
fn index_files(catalog: &Catalog, archive: &[Archived]) -> (Manifest, Vec<SiteFile>) {
    let mut files = Vec::new();
    let mut builder = IndexBuilder::default();
    for (doc, (entry, lang)) in (0..).zip(catalog.documents()) {
        let slug = &catalog.entries[entry].slug;
        let interview = &archive
            .iter()
            .find(|a| a.slug == *slug)
            .expect("the catalog lists the archive's interviews")
            .interview;
        builder.add(doc, interview, lang);
        let one = serde_json::to_string(&in_one_language(interview, lang))
            .expect("an interview always serialises");
        files.push((format!("{slug}/{lang}.json"), one));
    }
    let mut manifest = Manifest::default();
    for shard in builder.finish() {
        let digest = Sha256::digest(shard.json.as_bytes());
        let version: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
        let name = shard.file_name(&version);
        manifest.add(&shard, &name);
        files.push((format!("{INDEX_DIR}/{name}"), shard.json));
    }
    (manifest, files)
}

/// The one-file archive: the home (linking to `?interview=<slug>`), with every file a search
/// or an interview needs carried in the page; `None` past `SINGLE_FILE_LIMIT_BYTES`.
fn one_file_archive(
    dist: &Path,
    template: &str,
    catalog: &Catalog,
    archive: &[Archived],
    files: &[SiteFile],
) -> Result<Option<String>, String> {
    let interviews: Vec<SiteFile> = archive
        .iter()
        .map(|a| {
            let json = serde_json::to_string(&a.interview).expect("an interview always serialises");
            (format!("{}/interview.json", a.slug), json)
        })
        .collect();
    let size: usize = files
        .iter()
        .chain(&interviews)
        .map(|(_, text)| text.len())
        .sum();
    if size > SINGLE_FILE_LIMIT_BYTES {
        return Ok(None);
    }
    let catalog = Catalog {
        single_file: true,
        ..catalog.clone()
    };
    let home = prerender_home(template, &catalog).map_err(|e| e.to_string())?;
    let page = single_file_of(&home, dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let carried: String = files
        .iter()
        .chain(&interviews)
        .map(|(path, text)| json_script(&format!(" {FILE_ATTRIBUTE}=\"{path}\""), text))
        .collect();
    let body_end = page.rfind("</body>").ok_or("the home has no </body>")?;
    Ok(Some(format!(
        "{}{carried}\n{}",
        &page[..body_end],
        &page[body_end..]
    )))
}

/// What the build made, for its last line.
#[derive(Debug, PartialEq, Eq)]
pub struct Built {
    /// How many interview pages.
    pub interviews: usize,
    /// Whether the one-file page was made.
    pub single_file: bool,
}

/// The environment variable naming the folder of the archive home's Trunk build.
pub const ARCHIVE_APP_VARIABLE: &str = "SUHBAT_ARCHIVE_APP";

/// Turns the Trunk build in `dist` (its `index.html`, the template) into the site, with
/// precompressed copies of its files for hosts that serve them. An archive's home takes its
/// page and app from `archive_app`, the Trunk build of `archive.html`.
pub fn build_site(
    dist: &Path,
    source: &Source,
    archive_app: Option<&Path>,
) -> Result<Built, String> {
    let built = write_site(dist, source, archive_app)?;
    precompress(dist)?;
    Ok(built)
}

/// The home's page as Trunk built it in `app`, its script and WASM copied into `dist` (the
/// files both builds share are the same, by name and content hash).
fn take_in_archive_app(app: &Path, dist: &Path) -> Result<String, String> {
    let unreadable = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
    let page = app.join("index.html");
    let template = std::fs::read_to_string(&page).map_err(|e| unreadable(&page, e))?;
    for entry in std::fs::read_dir(app).map_err(|e| unreadable(app, e))? {
        let path = entry.map_err(|e| unreadable(app, e))?.path();
        let destination = dist.join(path.file_name().unwrap_or_default());
        if path.is_file() && path != page && !destination.exists() {
            std::fs::copy(&path, &destination).map_err(|e| unreadable(&destination, e))?;
        }
    }
    Ok(template)
}

/// The site's pages, index and one file.
fn write_site(dist: &Path, source: &Source, archive_app: Option<&Path>) -> Result<Built, String> {
    let archive = source.read().map_err(|e| e.to_string())?;
    let index = dist.join("index.html");
    let template =
        std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let write = |path: PathBuf, text: &str| {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    let missing = |e: &dyn std::fmt::Display| format!("{}: {e}", index.display());
    if let [only] = archive.as_slice() {
        let page =
            prerender_page(&template, &only.interview, Place::ROOT).map_err(|e| missing(&e))?;
        write(index.clone(), &page)?;
        let one_file = single_file(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
        write(dist.join(SINGLE_FILE_NAME), &one_file)?;
        return Ok(Built {
            interviews: 1,
            single_file: true,
        });
    }
    let app = archive_app.ok_or_else(|| {
        format!(
            "an archive's home needs its app: build archive.html with Trunk and name the \
             folder in ${ARCHIVE_APP_VARIABLE} (./scripts/dist does both)"
        )
    })?;
    let home_template = take_in_archive_app(app, dist)?;
    for Archived { slug, interview } in &archive {
        let page =
            prerender_page(&template, interview, Place::IN_ARCHIVE).map_err(|e| missing(&e))?;
        write(dist.join(slug).join("index.html"), &page)?;
    }
    let mut catalog = Catalog::new(archive.iter().map(|a| (a.slug.as_str(), &a.interview)));
    let (manifest, files) = index_files(&catalog, &archive);
    catalog.index = manifest;
    for (path, text) in &files {
        write(dist.join(path), text)?;
    }
    let one_file = one_file_archive(dist, &home_template, &catalog, &archive, &files)?;
    if let Some(page) = &one_file {
        write(dist.join(SINGLE_FILE_NAME), page)?;
    }
    let home = prerender_home(&home_template, &catalog).map_err(|e| missing(&e))?;
    // A reader of the home goes on to an interview's page: its app is then already here.
    let viewer = app_files(&template).ok_or_else(|| missing(&"no app for the interview pages"))?;
    write(index.clone(), &prefetching(&home, &viewer))?;
    Ok(Built {
        interviews: archive.len(),
        single_file: one_file.is_some(),
    })
}
