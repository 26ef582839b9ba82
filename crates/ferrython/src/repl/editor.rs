//! The prompt on a terminal: `rustyline` with GNU readline's Emacs keys (arrows, Home/End, Ctrl-A/E/
//! K/U/W, Ctrl-R reverse search), history kept across sessions in `~/.ferrython_history` (CPython's
//! `site` keeps `~/.python_history`), and Tab completion from [`super::complete`].

use std::cell::Cell;
use std::io::ErrorKind;
use std::path::PathBuf;

use ferrython_vm::Vm;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::{FileHistory, History};
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, EditMode, Editor, Helper};

use super::complete;
use super::input::Line;

pub(super) struct LineEditor {
    editor: Editor<Completion, FileHistory>,
    history_file: Option<PathBuf>,
}

impl LineEditor {
    /// `None` when the terminal cannot be driven (the caller then reads plain lines).
    pub(super) fn new() -> Option<LineEditor> {
        let config = Config::builder()
            .edit_mode(EditMode::Emacs)
            // readline's `show-all-if-ambiguous off`: Tab completes the common prefix, a second Tab lists.
            .completion_type(CompletionType::List)
            // readline, as CPython's `call_readline` uses it: every non-empty line except a repeat of
            // the one before goes into the history, which has no length limit (a generous one here).
            .auto_add_history(true)
            .history_ignore_dups(true)
            .ok()?
            .max_history_size(100_000)
            .ok()?
            .build();
        let history = FileHistory::with_config(&config);
        let mut editor = Editor::with_history(config, history).ok()?;
        editor.set_helper(Some(Completion { vm: Cell::new(std::ptr::null_mut()) }));
        // `~`, as `os.path.expanduser` finds it: $HOME, else the password database.
        let history_file = std::env::home_dir().filter(|h| !h.as_os_str().is_empty()).map(|h| h.join(".ferrython_history"));
        if let Some(path) = &history_file {
            // A missing or unreadable file is an empty history, as for CPython's `site`.
            let _ = editor.history_mut().load(path);
        }
        Some(LineEditor { editor, history_file })
    }

    pub(super) fn read_line(&mut self, vm: &mut Vm, prompt: &str) -> Line {
        // rustyline redraws the whole line, so what the program left on it (`print('a', end='')`)
        // is part of the prompt, as it appears before CPython's (`a>>> `).
        let tail = ferrython_vm::objects::file::take_line_tail().unwrap_or_default();
        let tail = String::from_utf8(tail).unwrap_or_default();
        let prompt = if tail.chars().any(char::is_control) { prompt.to_string() } else { format!("{tail}{prompt}") };
        let prompt = prompt.as_str();
        loop {
            // The completer needs the interpreter for as long as `readline` runs, and only then.
            if let Some(helper) = self.editor.helper() {
                helper.vm.set(vm as *mut Vm);
            }
            let result = self.editor.readline(prompt);
            if let Some(helper) = self.editor.helper() {
                helper.vm.set(std::ptr::null_mut());
            }
            return match result {
                Ok(line) => Line::Text(line),
                Err(ReadlineError::Interrupted) => Line::Interrupt,
                // A resized window is redrawn by rustyline; ask again.
                Err(ReadlineError::Signal(_)) => continue,
                // A signal interrupted the read: a SIGINT (`kill -INT`; Ctrl-C itself is a key while
                // the line is edited) is an interrupt, anything else is ignored.
                Err(e) if interrupted_by_signal(&e) => {
                    if !ferrython_vm::signals::pending() {
                        continue;
                    }
                    ferrython_vm::signals::clear();
                    Line::Interrupt
                }
                Err(_) => Line::Eof,
            };
        }
    }

    /// Add this session's lines to the history file (failures are ignored, as CPython's `site` does).
    pub(super) fn save_history(&mut self) {
        if let Some(path) = &self.history_file {
            let _ = self.editor.history_mut().append(path);
        }
    }
}

fn interrupted_by_signal(e: &ReadlineError) -> bool {
    match e {
        ReadlineError::Errno(errno) => std::io::Error::from_raw_os_error(*errno as i32).kind() == ErrorKind::Interrupted,
        ReadlineError::Io(e) => e.kind() == ErrorKind::Interrupted,
        _ => false,
    }
}

/// rustyline's helper: Tab completion only (no hints, colours or multi-line validation: the prompt
/// itself decides when a statement is complete).
struct Completion {
    /// The interpreter, lent by [`LineEditor::read_line`] for the duration of one `readline` call;
    /// null otherwise. rustyline's helper lives as long as the editor, longer than any borrow of the
    /// interpreter the prompt can give it, so the loan is a pointer.
    vm: Cell<*mut Vm>,
}

impl Completion {
    fn with_vm<R>(&self, f: impl FnOnce(&mut Vm) -> R) -> Option<R> {
        // Taken out while in use, so a nested call finds null and the `&mut` is never duplicated.
        let vm = self.vm.replace(std::ptr::null_mut());
        if vm.is_null() {
            return None;
        }
        // SAFETY: a non-null pointer was made by `read_line` from the `&mut Vm` it holds for the
        // whole `readline` call that is running now (completion happens inside it, on this thread),
        // and nothing else uses that borrow until `readline` returns.
        let result = f(unsafe { &mut *vm });
        self.vm.set(vm);
        Some(result)
    }
}

impl Completer for Completion {
    type Candidate = String;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        let start = complete::word_start(line, pos);
        let text = &line[start..pos];
        let matches = self.with_vm(|vm| complete::matches(vm, text)).unwrap_or_default();
        Ok((start, matches))
    }
}

impl Hinter for Completion {
    type Hint = String;
}

impl Highlighter for Completion {}

impl Validator for Completion {}

impl Helper for Completion {}
