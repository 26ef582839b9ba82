//! Where the prompt's lines come from: the line editor on a terminal, or plain lines from a pipe
//! (`-i` with standard input redirected), where CPython writes each prompt to standard error.

use std::io::{BufRead, IsTerminal, Write};

use ferrython_vm::Vm;

use super::editor::LineEditor;

/// One answer to a prompt.
pub(super) enum Line {
    /// A line, without its newline.
    Text(String),
    /// Ctrl-C.
    Interrupt,
    /// End of input: Ctrl-D on an empty line, or the end of the pipe.
    Eof,
}

pub(super) enum Input {
    Terminal(Box<LineEditor>),
    Pipe,
}

impl Input {
    pub(super) fn new() -> Input {
        if std::io::stdin().is_terminal()
            && let Some(editor) = LineEditor::new()
        {
            return Input::Terminal(Box::new(editor));
        }
        Input::Pipe
    }

    pub(super) fn read_line(&mut self, vm: &mut Vm, prompt: &str) -> Line {
        match self {
            Input::Terminal(editor) => editor.read_line(vm, prompt),
            Input::Pipe => read_piped_line(prompt),
        }
    }

    /// The session is over: keep its history.
    pub(super) fn finish(&mut self) {
        if let Input::Terminal(editor) = self {
            editor.save_history();
        }
    }
}

/// CPython's `PyOS_StdioReadline`: the prompt on standard error, a line from standard input, and a
/// newline on standard error at end of input.
fn read_piped_line(prompt: &str) -> Line {
    let mut stderr = std::io::stderr();
    let _ = stderr.write_all(prompt.as_bytes());
    let _ = stderr.flush();
    let mut bytes = Vec::new();
    match std::io::stdin().lock().read_until(b'\n', &mut bytes) {
        Ok(0) | Err(_) => {
            let _ = stderr.write_all(b"\n");
            Line::Eof
        }
        Ok(_) => {
            if bytes.ends_with(b"\n") {
                bytes.pop();
            }
            if bytes.ends_with(b"\r") {
                bytes.pop();
            }
            Line::Text(String::from_utf8_lossy(&bytes).into_owned())
        }
    }
}
