//! A person at a terminal: the interpreter runs on a pseudo-terminal, keys are written to it, and
//! what it prints is fed to a terminal emulator (`vt100`) whose screen is what the person sees.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// The screen: tall enough that no session scrolls (what scrolled away could not be compared), wide
/// enough that no line typed wraps.
pub const ROWS: u16 = 200;
pub const COLS: u16 = 120;

/// How long to wait for a prompt or for the interpreter to exit (slow CI machines included).
const TIMEOUT: Duration = Duration::from_secs(30);

pub struct Terminal {
    screen: vt100::Parser,
    output: Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    // Kept open for the session: closing the master hangs the terminal up.
    _master: Box<dyn MasterPty + Send>,
    closed: bool,
}

impl Terminal {
    pub fn spawn(program: &Path, args: &[String], cwd: &Path, env: &[(String, String)]) -> Result<Terminal, String> {
        let pair =
            native_pty_system().openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 }).map_err(|e| format!("openpty: {e}"))?;
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.cwd(cwd);
        command.env_clear();
        for (k, v) in env {
            command.env(k, v);
        }
        let child = pair.slave.spawn_command(command).map_err(|e| format!("spawn {}: {e}", program.display()))?;
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().map_err(|e| format!("pty reader: {e}"))?;
        let writer = pair.master.take_writer().map_err(|e| format!("pty writer: {e}"))?;
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if tx.send(buf[..n].to_vec()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        let rows = NonZeroU16::new(ROWS).ok_or("rows")?;
        let cols = NonZeroU16::new(COLS).ok_or("cols")?;
        Ok(Terminal { screen: vt100::Parser::new(rows, cols, 0), output, writer, child, _master: pair.master, closed: false })
    }

    pub fn send(&mut self, keys: &[u8]) -> Result<(), String> {
        self.writer.write_all(keys).and_then(|()| self.writer.flush()).map_err(|e| format!("typing: {e}"))
    }

    /// Feed the emulator what arrived within `wait`; false once the interpreter closed the terminal.
    fn pump(&mut self, wait: Duration) -> bool {
        if self.closed {
            return false;
        }
        match self.output.recv_timeout(wait) {
            Ok(bytes) => {
                self.screen.process(&bytes);
                while let Ok(more) = self.output.try_recv() {
                    self.screen.process(&more);
                }
                true
            }
            Err(RecvTimeoutError::Timeout) => true,
            Err(RecvTimeoutError::Disconnected) => {
                self.closed = true;
                false
            }
        }
    }

    pub fn cursor_row(&self) -> u16 {
        self.screen.screen().cursor_position().0
    }

    /// Wait until the cursor is below `row` (anywhere when None), just after a prompt (`>>> ` or
    /// `... `) that ends its line (output left on the line may come before it), or the interpreter
    /// has exited.
    pub fn wait_for_prompt(&mut self, row: Option<u16>) -> Result<(), String> {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let (r, c) = self.screen.screen().cursor_position();
            let text = self.row_text(r);
            if row.is_none_or(|row| r > row) && (text.ends_with(">>>") || text.ends_with("...")) && usize::from(c) == text.chars().count() + 1 {
                return Ok(());
            }
            if r + 1 >= ROWS {
                return Err("the session filled the screen: make it shorter".into());
            }
            if Instant::now() > deadline {
                return Err(format!("no prompt after {TIMEOUT:?}; the screen:\n{}", self.text()));
            }
            if !self.pump(Duration::from_millis(20)) {
                return Ok(());
            }
        }
    }

    /// Wait until the cursor has left `row` (the interpreter took the line), then `settle`.
    pub fn wait_for_new_row(&mut self, row: u16, settle: Duration) -> Result<(), String> {
        let deadline = Instant::now() + TIMEOUT;
        while self.cursor_row() <= row {
            if Instant::now() > deadline {
                return Err(format!("the line was not taken after {TIMEOUT:?}; the screen:\n{}", self.text()));
            }
            if !self.pump(Duration::from_millis(20)) {
                break;
            }
        }
        let until = Instant::now() + settle;
        while Instant::now() < until && self.pump(Duration::from_millis(10)) {}
        Ok(())
    }

    /// Wait until nothing has arrived for `quiet` (or the terminal closed), at most `TIMEOUT`.
    pub fn wait_for_quiet(&mut self, quiet: Duration) {
        let deadline = Instant::now() + TIMEOUT;
        while !self.closed && Instant::now() < deadline {
            match self.output.recv_timeout(quiet) {
                Ok(bytes) => self.screen.process(&bytes),
                Err(RecvTimeoutError::Timeout) => return,
                Err(RecvTimeoutError::Disconnected) => self.closed = true,
            }
        }
    }

    /// Wait for the interpreter to exit; its exit status.
    pub fn wait_for_exit(&mut self) -> Result<u32, String> {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                // What it printed last.
                while self.pump(Duration::from_millis(50)) {}
                return Ok(status.exit_code());
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                return Err(format!("still running after {TIMEOUT:?}; the screen:\n{}", self.text()));
            }
            self.pump(Duration::from_millis(20));
        }
    }

    fn row_text(&self, row: u16) -> String {
        self.screen.screen().rows(0, COLS).nth(usize::from(row)).unwrap_or_default().trim_end().to_string()
    }

    /// The screen as text: rows without trailing blanks, no blank rows at the end.
    pub fn text(&self) -> String {
        let rows: Vec<String> = self.screen.screen().rows(0, COLS).map(|r| r.trim_end().to_string()).collect();
        let used = rows.iter().rposition(|r| !r.is_empty()).map_or(0, |i| i + 1);
        rows[..used].join("\n")
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The bytes for a step's keys: text with `<name>` for keys that are not text (`<tab>`, `<enter>`,
/// `<up>`, `<down>`, `<left>`, `<right>`, `<home>`, `<end>`, `<esc>`, `<backspace>`, `<ctrl-a>` ...
/// `<ctrl-z>`, and `<lt>` for a `<`).
pub fn keys(text: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.extend_from_slice(&rest.as_bytes()[..open]);
        let close = rest[open..].find('>').ok_or_else(|| format!("unclosed <key> in {text:?}"))? + open;
        let name = &rest[open + 1..close];
        let bytes: &[u8] = match name {
            "tab" => b"\t",
            "enter" => b"\r",
            "up" => b"\x1b[A",
            "down" => b"\x1b[B",
            "right" => b"\x1b[C",
            "left" => b"\x1b[D",
            "home" => b"\x1b[H",
            "end" => b"\x1b[F",
            "esc" => b"\x1b",
            "backspace" => b"\x7f",
            "lt" => b"<",
            _ => match name.strip_prefix("ctrl-").map(str::as_bytes) {
                Some(&[c]) if c.is_ascii_lowercase() => {
                    out.push(c - b'a' + 1);
                    rest = &rest[close + 1..];
                    continue;
                }
                _ => return Err(format!("unknown key <{name}> in {text:?}")),
            },
        };
        out.extend_from_slice(bytes);
        rest = &rest[close + 1..];
    }
    out.extend_from_slice(rest.as_bytes());
    Ok(out)
}
