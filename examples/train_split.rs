//! Trains the split model on the labelled corpus and writes its weights into the app's source:
//! `cargo xtask train-split` runs it. Training is deterministic, so running it twice on the
//! same corpus writes the same file.

use std::path::Path;
use std::process::ExitCode;

use support_triage::domain::split::training::{read_corpus, train, weights_source};

const LANGUAGES: [&str; 7] = ["en", "pl", "es", "nl", "ko", "zh-TW", "ja"];

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut corpus = Vec::new();
    for language in LANGUAGES {
        let path =
            root.join("tests").join("fixtures").join("split").join(format!("{language}.txt"));
        let read = std::fs::read_to_string(&path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))
            .and_then(|text| read_corpus(language, &text));
        match read {
            Ok(cases) => corpus.extend(cases),
            Err(error) => {
                eprintln!("train-split: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    let weights = train(&corpus);
    let target = root.join("src").join("domain").join("split").join("weights.rs");
    if let Err(error) = std::fs::write(&target, weights_source(&weights)) {
        eprintln!("train-split: cannot write {}: {error}", target.display());
        return ExitCode::FAILURE;
    }
    println!("train-split: {} descriptions, weights written to {}", corpus.len(), target.display());
    ExitCode::SUCCESS
}
