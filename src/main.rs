//! The standalone page's entry point: mounts the app and nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    support_triage::embed::start();
}
