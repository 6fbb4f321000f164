//! The app's state as a plain type with an action enum.

use std::rc::Rc;

use yew::Reducible;

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Landing,
    ProblemTitle,
    Plan,
}

/// Whether the last change reached storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing typed yet in this session.
    Idle,
    Saved,
    NotSaved,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppState {
    pub screen: Screen,
    pub problem_title: String,
    pub save_status: SaveStatus,
    /// False when the browser refused storage and drafts only live in memory.
    pub storage_is_persistent: bool,
}

pub enum AppAction {
    Show(Screen),
    EditProblemTitle(String),
    SaveFinished(bool),
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AppAction::Show(screen) => next.screen = screen,
            AppAction::EditProblemTitle(title) => next.problem_title = title,
            AppAction::SaveFinished(saved) => {
                next.save_status = if saved { SaveStatus::Saved } else { SaveStatus::NotSaved }
            }
        }
        Rc::new(next)
    }
}
