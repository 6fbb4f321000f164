//! Short private temporary folders for browsers and their drivers.
//!
//! Chromium puts its singleton socket in `$TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket`,
//! and a Unix socket path holds at most 107 bytes. A temporary folder inside the checkout would
//! make every run fail in a checkout whose path is longer than about 22 bytes, so each browser
//! gets a fresh folder in the system's temporary folder instead, whose length does not depend
//! on where the checkout is, and the folder is removed afterwards.

use std::path::{Path, PathBuf};

/// The most bytes a Unix socket path may hold (`sun_path` is 108 bytes with its final NUL).
pub const SOCKET_PATH_LIMIT: usize = 107;

/// What Chromium appends to its temporary folder for its singleton socket; the six `X` are
/// replaced by as many random characters.
pub const CHROMIUM_SOCKET_SUFFIX: &str = "/org.chromium.Chromium.XXXXXX/SingletonSocket";

/// The base used when the system's temporary folder itself is too long for a socket.
const FALLBACK_BASE: &str = "/tmp";

/// The longest folder name `create` makes under its base: the prefix, the process id (at most
/// 10 digits) and a counter (at most 20 digits), joined by dashes.
const LONGEST_NAME: usize = "st-".len() + 10 + 1 + 20;

/// A folder removed when dropped.
pub struct ScratchDir {
    path: PathBuf,
}

impl ScratchDir {
    /// Makes a new empty folder under the system's temporary folder (or `/tmp` when that is too
    /// long for a socket path), named after this process and a counter so two runs never share
    /// one.
    pub fn create(label: &str) -> Result<ScratchDir, String> {
        let base = base_for(&std::env::temp_dir());
        let pid = std::process::id();
        for attempt in 0u64..1000 {
            let path = base.join(folder_name(pid, attempt));
            match std::fs::create_dir(&path) {
                Ok(()) => return Ok(ScratchDir { path }),
                Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(error) => {
                    return Err(format!(
                        "cannot create a temporary folder for {label} in {}: {error}",
                        base.display()
                    ))
                }
            }
        }
        Err(format!("cannot find a free temporary folder name for {label} in {}", base.display()))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

fn folder_name(pid: u32, attempt: u64) -> String {
    format!("st-{pid}-{attempt}")
}

/// The system's temporary folder when Chromium's socket fits under every folder `create` can
/// make there, `/tmp` otherwise.
fn base_for(system_temp: &Path) -> PathBuf {
    if longest_socket_path(system_temp) <= SOCKET_PATH_LIMIT {
        system_temp.to_path_buf()
    } else {
        PathBuf::from(FALLBACK_BASE)
    }
}

/// The length in bytes of the longest socket path Chromium can make in a folder `create` makes
/// under `base`.
fn longest_socket_path(base: &Path) -> usize {
    let base_len = base.as_os_str().len();
    base_len.saturating_add(1 + LONGEST_NAME).saturating_add(CHROMIUM_SOCKET_SUFFIX.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_socket_path_fits_whatever_the_system_temporary_folder() {
        // The checkout's path plays no part: the base is the system's temporary folder.
        let long_base = format!("/{}", "a folder with a long name/Zażółć gęślą jaźń/".repeat(4));
        for system_temp in ["/tmp", "/var/tmp", "/home/admin/tmp", long_base.as_str()] {
            let longest = longest_socket_path(&base_for(Path::new(system_temp)));
            assert!(
                longest <= SOCKET_PATH_LIMIT,
                "{longest} bytes with the system's temporary folder at {system_temp}"
            );
        }
    }

    #[test]
    fn folders_are_made_outside_the_checkout_and_removed_afterwards() {
        let checkout = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let first = ScratchDir::create("a test").unwrap();
        let second = ScratchDir::create("a test").unwrap();
        assert_ne!(first.path(), second.path());
        assert!(!first.path().starts_with(&checkout));
        let socket_path = format!("{}{CHROMIUM_SOCKET_SUFFIX}", first.path().display());
        assert!(socket_path.len() <= SOCKET_PATH_LIMIT, "{socket_path}");
        let kept = first.path().to_path_buf();
        std::fs::write(kept.join("profile-file"), b"x").unwrap();
        drop(first);
        assert!(!kept.exists());
    }

    #[test]
    fn the_longest_folder_name_is_counted() {
        assert_eq!(folder_name(u32::MAX, u64::MAX).len(), LONGEST_NAME);
    }
}
