//! Writing results without ever leaving a half-written file: every output is written to a
//! temporary file in its target folder and renamed over the target only when complete.
//!
//! Temporary files are named `.sach-PID-XXXXXX.tmp` (PID: the writing process) and kept in a
//! registry while they exist, so that:
//!
//! * SIGINT, SIGTERM and SIGQUIT delete them before the process exits (status 128 + signal, as a
//!   shell reports a killed process) — see [`remove_temporaries_on_signal`];
//! * a run that could not clean up (SIGKILL, power loss) leaves debris that the next run sweeps
//!   ([`sweep_stale`]): only files of that pattern, and only when their PID is not a running
//!   process (where `/proc` can tell; elsewhere when older than an hour).
//!
//! The registry lock is held while a temporary file is created, renamed or deleted, so the signal
//! handler, which takes it and never releases it, can neither miss a file nor race a rename.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use tempfile::NamedTempFile;

const PREFIX: &str = ".sach-";
const SUFFIX: &str = ".tmp";

/// The temporary files this process has open.
static LIVE: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);

fn live() -> MutexGuard<'static, Option<HashSet<PathBuf>>> {
    // a panicking writer must not stop the others (or the signal handler) from cleaning up
    LIVE.lock().unwrap_or_else(|e| e.into_inner())
}

/// A file being written; it appears under its name only on [`AtomicFile::commit`].
pub struct AtomicFile {
    /// `None` only once committed or dropped.
    tmp: Option<io::BufWriter<NamedTempFile>>,
    target: PathBuf,
}

impl AtomicFile {
    pub fn create(target: &Path) -> io::Result<Self> {
        let dir = target
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        let mut live = live();
        let tmp = tempfile::Builder::new()
            .prefix(&format!("{PREFIX}{}-", std::process::id()))
            .suffix(SUFFIX)
            .tempfile_in(dir)?;
        live.get_or_insert_default()
            .insert(tmp.path().to_path_buf());
        Ok(AtomicFile {
            tmp: Some(io::BufWriter::new(tmp)),
            target: target.to_path_buf(),
        })
    }

    /// Flushes and renames into place. Dropping an uncommitted file deletes it.
    pub fn commit(mut self) -> io::Result<()> {
        let tmp = self.tmp.take().expect("not yet committed");
        let tmp = tmp.into_inner().map_err(|e| e.into_error())?;
        set_readable(tmp.as_file())?;
        let mut live = live();
        let path = tmp.path().to_path_buf();
        let result = tmp.persist(&self.target).map(|_| ()).map_err(|e| e.error);
        // on failure the temporary file was dropped (deleted) inside persist's error
        live.get_or_insert_default().remove(&path);
        result
    }

    fn writer(&mut self) -> &mut io::BufWriter<NamedTempFile> {
        self.tmp.as_mut().expect("not yet committed")
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if let Some(tmp) = self.tmp.take() {
            let mut live = live();
            let path = tmp.get_ref().path().to_path_buf();
            drop(tmp); // deletes the file
            live.get_or_insert_default().remove(&path);
        }
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer().write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer().flush()
    }
}

/// Writes `bytes` to `target` atomically.
pub fn write_atomic(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = AtomicFile::create(target)?;
    f.write_all(bytes)?;
    f.commit()
}

/// On SIGINT, SIGTERM or SIGQUIT: deletes this process's temporary files and exits with status
/// 128 + the signal number. Call once, before writing anything.
pub fn remove_temporaries_on_signal() -> io::Result<()> {
    use signal_hook::consts::TERM_SIGNALS;
    let mut signals = signal_hook::iterator::Signals::new(TERM_SIGNALS)?;
    std::thread::Builder::new()
        .name("sach-signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let live = live(); // held until exit: no new temporary file, no rename
                for path in live.iter().flatten() {
                    let _ = fs::remove_file(path);
                }
                eprintln!("sach: interrupted; temporary files removed, nothing half-written left");
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

/// Deletes the temporary files that earlier, killed sach runs left under `dir` (recursively);
/// returns how many. Files of another name, and those of a sach process still running, stay.
pub fn sweep_stale(dir: &Path) -> usize {
    let mut removed = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let name = entry.file_name();
            if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file() && is_stale(&name.to_string_lossy(), &entry) {
                removed += usize::from(fs::remove_file(entry.path()).is_ok());
            }
        }
    }
    removed
}

/// `.sach-PID-XXXXXX.tmp` (or `.sach-XXXXXX.tmp`, the name before the PID was added) whose writer
/// is gone.
fn is_stale(name: &str, entry: &fs::DirEntry) -> bool {
    let Some(middle) = name
        .strip_prefix(PREFIX)
        .and_then(|n| n.strip_suffix(SUFFIX))
    else {
        return false;
    };
    let pid = middle
        .split_once('-')
        .and_then(|(pid, _)| pid.parse::<u32>().ok());
    if pid == Some(std::process::id()) {
        return false;
    }
    let proc = Path::new("/proc");
    if proc.join("self").exists() {
        return pid.is_none_or(|pid| !proc.join(pid.to_string()).exists());
    }
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    entry
        .metadata()
        .and_then(|m| m.modified())
        .is_ok_and(|t| t < hour_ago)
}

/// Temporary files are created private (0600); outputs get ordinary permissions.
#[cfg(unix)]
fn set_readable(f: &fs::File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    f.set_permissions(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_readable(_: &fs::File) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn nothing_appears_until_commit() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("sub/a.txt");
        let mut f = AtomicFile::create(&target).unwrap();
        f.write_all(b"half").unwrap();
        assert!(!target.exists());
        assert_eq!(
            names(&dir.path().join("sub")).len(),
            1,
            "one temporary file"
        );
        drop(f);
        assert!(!target.exists());
        assert!(
            names(&dir.path().join("sub")).is_empty(),
            "temp file removed"
        );
        write_atomic(&target, b"whole").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"whole");
        assert!(live().iter().flatten().all(|p| !p.starts_with(dir.path())));
    }

    #[test]
    fn sweep_removes_only_stale_temporaries_of_sach() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::create_dir(d.join("sub")).unwrap();
        // a PID above the kernel's maximum (4194304) is never a running process
        for name in [
            ".sach-4999999-ab12cd.tmp",
            "sub/.sach-xY12z9.tmp",
            ".sach-notes.txt",
            "a.tmp",
            "keep.txt",
        ] {
            fs::write(d.join(name), "x").unwrap();
        }
        let ours = AtomicFile::create(&d.join("b.txt")).unwrap();
        assert_eq!(sweep_stale(d), 2);
        assert_eq!(names(d).len(), 5, "{:?}", names(d)); // 3 kept, sub/, ours
        assert!(names(&d.join("sub")).is_empty());
        ours.commit().unwrap();
        assert_eq!(
            names(d),
            [".sach-notes.txt", "a.tmp", "b.txt", "keep.txt", "sub"]
        );
    }
}
