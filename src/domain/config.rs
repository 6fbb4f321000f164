//! Placeholder: filled by the domain core work.
