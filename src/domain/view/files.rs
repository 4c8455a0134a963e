//! The file session: which interview is on screen (the built-in one or one the reader
//! opened), what the file controls say, and a generation that changes with every interview
//! shown so that the view of the last one starts afresh.

use std::rc::Rc;

use crate::domain::model::Interview;

/// What the file controls say after the reader opened (or tried to open) a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileNotice {
    /// The file was not opened, and why (file, line, problem).
    Failed(String),
    /// The file was opened but cannot be kept for the next visit.
    NotKept,
}

/// Which interview is on screen and what the file controls say.
#[derive(Clone, Debug, PartialEq)]
pub struct FileSession {
    /// The interview on screen.
    pub interview: Rc<Interview>,
    /// The names of the reader's files on screen, when they replace the built-in interview.
    pub opened: Option<String>,
    /// What the controls say about the last file.
    pub notice: Option<FileNotice>,
    /// Changes with every interview shown.
    pub generation: u32,
}

/// Everything that happens to the file session.
pub enum FileAction {
    /// The reader's files made `interview`; `kept` says whether the browser keeps it.
    Opened {
        /// The interview they made.
        interview: Rc<Interview>,
        /// The files' names, as the controls show them.
        names: String,
        /// Whether the browser keeps it for the next visit.
        kept: bool,
    },
    /// The interview kept from the last visit came back.
    Restored {
        /// The interview kept.
        interview: Rc<Interview>,
        /// The names it was opened from.
        names: String,
    },
    /// The reader's files (or the kept interview) are not an interview, and why.
    Failed(String),
    /// The reader closed their interview: the built-in one comes back.
    Forgot {
        /// The built-in interview.
        builtin: Rc<Interview>,
    },
    /// The reader closed the notice.
    Dismissed,
}

impl FileSession {
    /// The session of a page that shows `builtin`.
    pub fn new(builtin: Rc<Interview>) -> Self {
        FileSession {
            interview: builtin,
            opened: None,
            notice: None,
            generation: 0,
        }
    }

    /// The session after `action`.
    pub fn apply(&self, action: FileAction) -> Self {
        let mut next = self.clone();
        match action {
            FileAction::Opened {
                interview,
                names,
                kept,
            } => {
                next.show(interview, Some(names));
                next.notice = (!kept).then_some(FileNotice::NotKept);
            }
            FileAction::Restored { interview, names } => next.show(interview, Some(names)),
            FileAction::Failed(reason) => next.notice = Some(FileNotice::Failed(reason)),
            FileAction::Forgot { builtin } => {
                next.show(builtin, None);
                next.notice = None;
            }
            FileAction::Dismissed => next.notice = None,
        }
        next
    }

    fn show(&mut self, interview: Rc<Interview>, opened: Option<String>) {
        self.interview = interview;
        self.opened = opened;
        self.generation = self.generation.wrapping_add(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::from_text;

    fn opened(session: &FileSession, kept: bool) -> FileSession {
        session.apply(FileAction::Opened {
            interview: Rc::new(from_text("- Mine?\n- Yes.")),
            names: "mine.txt".into(),
            kept,
        })
    }

    #[test]
    fn every_interview_shown_starts_a_new_generation() {
        let builtin = Rc::new(from_text("- Q\n- A"));
        let session = FileSession::new(builtin.clone());
        let mine = opened(&session, true);
        assert_eq!(
            (mine.generation, mine.opened.as_deref()),
            (1, Some("mine.txt"))
        );
        assert_eq!(mine.notice, None);
        let back = mine.apply(FileAction::Forgot {
            builtin: builtin.clone(),
        });
        assert_eq!((back.generation, back.opened.as_deref()), (2, None));
        assert!(Rc::ptr_eq(&back.interview, &builtin));
    }

    #[test]
    fn a_failure_keeps_the_interview_on_screen_and_says_why() {
        let session = opened(&FileSession::new(Rc::new(from_text("- Q\n- A"))), true);
        let failed = session.apply(FileAction::Failed("bad.txt:3: empty turn".into()));
        assert_eq!(failed.generation, session.generation);
        assert!(Rc::ptr_eq(&failed.interview, &session.interview));
        assert_eq!(
            failed.notice,
            Some(FileNotice::Failed("bad.txt:3: empty turn".into()))
        );
        assert_eq!(failed.apply(FileAction::Dismissed).notice, None);
    }

    #[test]
    fn an_interview_the_browser_cannot_keep_says_so() {
        let session = FileSession::new(Rc::new(from_text("- Q\n- A")));
        assert_eq!(opened(&session, false).notice, Some(FileNotice::NotKept));
    }
}
