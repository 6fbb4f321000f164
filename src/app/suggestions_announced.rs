//! When the host page hears `support-triage:suggested`: each time the set of articles shown for
//! a draft changes, and not when the same set is shown again. Showing the problem step again
//! (Back from the next step, a language switch that only translates the titles, another
//! instance of the step after the drafts screen) is not a new suggestion, and an intranet that
//! counts suggestions must not count it twice.

/// The article ids last announced for each draft opened in this instance. Small by nature:
/// one entry per draft the admin has described since the page loaded.
#[derive(Debug, Default)]
pub struct SuggestionsAnnounced {
    last_by_draft: Vec<(String, Vec<String>)>,
}

impl SuggestionsAnnounced {
    /// Whether `ids`, shown for the draft `draft_id`, are news to the host page; remembers them
    /// when they are. An empty set is never announced and does not reset what was: a
    /// description cleared and typed again with the same suggestions is the same suggestion.
    pub fn should_announce(&mut self, draft_id: &str, ids: &[String]) -> bool {
        if ids.is_empty() {
            return false;
        }
        match self.last_by_draft.iter_mut().find(|(draft, _)| draft == draft_id) {
            Some((_, last)) if last.as_slice() == ids => false,
            Some((_, last)) => {
                *last = ids.to_vec();
                true
            }
            None => {
                self.last_by_draft.push((draft_id.to_owned(), ids.to_vec()));
                true
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SuggestionsAnnounced;

    fn ids(names: &[&str]) -> Vec<String> {
        names.iter().map(|name| (*name).to_owned()).collect()
    }

    /// Each step shows `ids` for a draft; the expected answers say which steps announce.
    fn check(steps: &[(&str, &[&str])], expected: &[bool]) {
        let mut announced = SuggestionsAnnounced::default();
        let answers: Vec<bool> = steps
            .iter()
            .map(|(draft, shown)| announced.should_announce(draft, &ids(shown)))
            .collect();
        assert_eq!(answers, expected, "steps: {steps:?}");
    }

    #[test]
    fn the_same_set_shown_again_for_the_same_draft_is_announced_once() {
        check(&[("a", &["x", "y"]), ("a", &["x", "y"]), ("a", &["x", "y"])], &[true, false, false]);
    }

    #[test]
    fn a_changed_set_or_order_is_announced() {
        check(
            &[("a", &["x"]), ("a", &["x", "y"]), ("a", &["y", "x"]), ("a", &["x"])],
            &[true, true, true, true],
        );
    }

    #[test]
    fn nothing_shown_is_never_announced_and_forgets_nothing() {
        check(
            &[("a", &[]), ("a", &["x"]), ("a", &[]), ("a", &["x"])],
            &[false, true, false, false],
        );
    }

    #[test]
    fn each_draft_is_remembered_on_its_own() {
        check(
            &[("a", &["x"]), ("b", &["x"]), ("a", &["x"]), ("b", &["y"]), ("a", &["x"])],
            &[true, true, false, true, false],
        );
    }
}
